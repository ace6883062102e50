/**
 * What the terminal benchmarks measure, whatever path a terminal takes: keystroke echo round
 * trips, and the rate of a flood of output with the memory and CPU it costs a process. The
 * baseline terminal is a bare hijacked tty exec on the Engine API (what `docker exec -it` does).
 */
import { readFileSync } from "node:fs";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { EngineSandbox } from "../../packages/runtime/src/testing/engine.ts";

export interface Terminal {
  type(bytes: Uint8Array): void;
  onOutput(listener: (bytes: Uint8Array) => void): void;
  close(): Promise<void>;
}

/**
 * Output for a Terminal's listeners, held until the first one listens: a session starts writing as
 * soon as it opens, before the measure that reads it has subscribed.
 */
export class OutputTap {
  #held: Uint8Array[] | null = [];
  readonly #listeners: ((bytes: Uint8Array) => void)[] = [];

  emit(bytes: Uint8Array): void {
    if (this.#held) this.#held.push(bytes);
    else for (const listener of this.#listeners) listener(bytes);
  }

  listen(listener: (bytes: Uint8Array) => void): void {
    this.#listeners.push(listener);
    const held = this.#held ?? [];
    this.#held = null;
    for (const bytes of held) this.emit(bytes);
  }
}

export async function directTty(docker: EngineSandbox["docker"], containerId: string, command: string[]): Promise<Terminal> {
  const exec = await docker.getContainer(containerId).exec({ Cmd: command, Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
  const socket = (await exec.start({ hijack: true, stdin: true, Tty: true })) as Socket;
  socket.setNoDelay(true);
  return {
    type: (bytes) => void socket.write(bytes),
    onOutput: (listener) => void socket.on("data", listener),
    close: async () => void socket.destroy(),
  };
}

/** Types one key at a time, waiting for its echo; the first `warmup` are not counted. */
export async function echoRoundTrip(terminal: Terminal, keystrokes: number, warmup = 100): Promise<{ p50: number; p99: number }> {
  let echoed: (() => void) | undefined;
  terminal.onOutput(() => echoed?.());
  const samples: number[] = [];
  const key = Uint8Array.of(0x61);
  for (let i = 0; i < keystrokes + warmup; i++) {
    const answer = new Promise<void>((resolve) => (echoed = resolve));
    const start = performance.now();
    terminal.type(key);
    await answer;
    if (i >= warmup) samples.push(performance.now() - start);
  }
  await terminal.close();
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

export interface OutputFigures {
  mbPerSecond: number;
  /** Of the watched process, at its peak during the flood. */
  rssGrowthMb: number;
  /** The watched process's user and system CPU time per MB delivered. */
  cpuMsPerMb: number;
}

/** Reads `bytes` of output from the terminal, watching the memory and CPU of `pid` (this process by default). */
export async function outputRate(terminal: Terminal, bytes: number, pid = process.pid): Promise<OutputFigures> {
  const rssBefore = rssOf(pid);
  const cpuBefore = cpuMsOf(pid);
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(pid))), 50);
  let received = 0;
  const start = performance.now();
  await new Promise<void>((resolve) =>
    terminal.onOutput((chunk) => {
      received += chunk.byteLength;
      if (received >= bytes) resolve();
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const cpuMs = cpuMsOf(pid) - cpuBefore;
  await terminal.close();
  return { mbPerSecond: received / 1e6 / seconds, rssGrowthMb: (peakRss - rssBefore) / 1e6, cpuMsPerMb: cpuMs / (received / 1e6) };
}

/** VmRSS of a process, in bytes, from /proc. */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) * 1024;
}

/** User plus system CPU time of a process so far, in ms (its clock ticks are 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export const fixed = (value: number) => value.toFixed(2);
