/**
 * openExec: one command running in a container over a hijacked Engine connection, as a session of
 * raw bytes. Output stays Buffers from the socket to the caller (a UTF-8 character split across
 * reads is never decoded here), input honours the socket's backpressure, and terminate() ends the
 * process however it treats its stdin.
 */
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { constants } from "node:os";
import { pipeline, type Readable, type Transform } from "node:stream";
import type { Socket } from "node:net";
import type Docker from "dockerode";
import { ExecOpenRequest, type ExecExit, type TerminalSize } from "@wheelhouse/protocol";
import { RuntimeError, toRuntimeError } from "../errors.ts";
import { endSession, type TeardownOptions } from "./end-session.ts";
import { StdcopyDemux, TtyChunks } from "./stdcopy.ts";

export interface ExecSession {
  /** Docker's exec id. */
  readonly id: string;
  readonly containerId: string;
  readonly tty: boolean;
  /** ExecChunk objects ({ stream, data: Buffer }); ends when the process's output closes. */
  readonly output: Readable;
  /** Resolves once the engine has taken the bytes, in order with other writes, however large. */
  write(data: Buffer): Promise<void>;
  /** Closes the process's stdin (what Ctrl-D at an empty prompt, or the end of a pipe, does). */
  endInput(): void;
  /** Ignored without a tty, which has no size. */
  resize(size: TerminalSize): Promise<void>;
  /** Settles once the output has been read to its end and the engine reports the process stopped; never rejects. */
  readonly exit: Promise<ExecExit>;
  /** Ends the process and everything it started; resolves once the engine reports it stopped. */
  terminate(): Promise<void>;
}

export interface ExecOptions extends TeardownOptions {
  /** Named in error messages; the engine's socket by default. */
  endpoint?: string;
}

// Large enough to keep the socket busy, small enough that a paste never sits whole in its buffer.
const INPUT_CHUNK_BYTES = 64 * 1024;

export async function openExec(docker: Docker, request: ExecOpenRequest, options: ExecOptions = {}): Promise<ExecSession> {
  const checked = ExecOpenRequest.safeParse(request);
  if (!checked.success) throw new RuntimeError("BAD_REQUEST", `Invalid exec request: ${checked.error.issues[0]?.message ?? "rejected"}`);
  const { containerId, command, user, workingDir, env, tty, cols, rows } = checked.data;
  const endpoint = options.endpoint ?? describe(docker);

  let socket: Socket;
  let exec: Docker.Exec;
  try {
    exec = await docker.getContainer(containerId).exec({
      Cmd: command,
      User: user,
      WorkingDir: workingDir,
      Env: env && Object.entries(env).map(([name, value]) => `${name}=${value}`),
      Tty: tty,
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
    });
    socket = (await exec.start({ hijack: true, stdin: true, Tty: tty })) as Socket;
    if (tty) await sizeOnceStarted(exec, { cols, rows });
  } catch (error) {
    throw toRuntimeError(error, endpoint);
  }
  socket.setNoDelay(true);

  const chunks: Transform = tty ? new TtyChunks() : new StdcopyDemux();
  // A reset connection ends the output like a closed one; the exit promise tells what happened.
  pipeline(socket, chunks, () => undefined);

  let writing = Promise.resolve();
  const ended = (cause?: unknown) => new RuntimeError("CONFLICT", "The exec session has ended", { cause });
  const writeNow = async (data: Buffer) => {
    for (let offset = 0; offset < data.length; offset += INPUT_CHUNK_BYTES) {
      if (socket.destroyed || socket.writableEnded) throw ended();
      if (!socket.write(data.subarray(offset, offset + INPUT_CHUNK_BYTES))) await once(socket, "drain").catch((error: unknown) => Promise.reject(ended(error)));
    }
  };

  const exit = (async () => {
    await finished(chunks).catch(() => undefined);
    return exitOf(docker, exec.id);
  })();

  return {
    id: exec.id,
    containerId,
    tty,
    output: chunks,
    write(data) {
      writing = writing.catch(() => undefined).then(() => writeNow(data));
      return writing;
    },
    endInput() {
      void writing.finally(() => socket.end());
    },
    async resize(size) {
      if (!tty) return;
      await exec.resize({ w: size.cols, h: size.rows }).catch((error: unknown) => {
        throw toRuntimeError(error, endpoint);
      });
    },
    exit,
    async terminate() {
      try {
        await endSession(docker, { execId: exec.id, containerId }, options);
      } finally {
        socket.destroy();
      }
    },
  };
}

/**
 * The engine refuses a resize before the process starts, so the first size follows the start. For
 * a process that never starts (an unknown user, a missing program) the engine waits 10 s before
 * refusing, so the wait ends as soon as the engine reports the exec stopped: a command that has
 * finished has no terminal left to size.
 */
async function sizeOnceStarted(exec: Docker.Exec, size: TerminalSize): Promise<void> {
  const stop = new AbortController();
  const stopped = (async () => {
    for (let delayMs = 10; !stop.signal.aborted; delayMs = Math.min(delayMs * 2, 200)) {
      const info = await exec.inspect().catch(() => undefined);
      if (!info || (!info.Running && info.ExitCode !== null)) return;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  })();
  try {
    await Promise.race([exec.resize({ w: size.cols, h: size.rows }).catch(() => undefined), stopped]);
  } finally {
    stop.abort();
  }
}

/**
 * The output can close before the process ends (the engine may still be reaping it, or a child
 * kept the process's stdout), so this waits for the engine to report it stopped. An exec the
 * engine has forgotten (its container was removed) ends with code -1.
 */
async function exitOf(docker: Docker, execId: string): Promise<ExecExit> {
  for (let delayMs = 10; ; delayMs = Math.min(delayMs * 2, 500)) {
    const info = await docker.getExec(execId).inspect().catch(() => undefined);
    if (!info) return { code: -1 };
    if (!info.Running && info.ExitCode !== null) return withSignal(info.ExitCode);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

function withSignal(code: number): ExecExit {
  const signal = Object.entries(constants.signals).find(([, number]) => number === code - 128)?.[0];
  return code > 128 && signal ? { code, signal } : { code };
}

function describe(docker: Docker): string {
  const modem = docker.modem as { socketPath?: string; host?: string; port?: number };
  return modem.socketPath ?? `${modem.host ?? "localhost"}:${modem.port ?? 2375}`;
}
