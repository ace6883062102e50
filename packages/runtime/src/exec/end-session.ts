/**
 * Guaranteed teardown of an exec's processes. Docker has no API to kill an exec, and a process that
 * ignores stdin's end (or a hang-up) outlives its connection, so the agent signals the session's
 * processes itself on the engine's host: SIGHUP first, as a terminal closing would, then SIGKILL
 * after a grace, and it returns only once the engine reports the exec stopped.
 */
import type Docker from "dockerode";
import { RuntimeError } from "../errors.ts";
import { sessionProcesses, signalAll } from "./host-processes.ts";

export interface TeardownOptions {
  /** How long the processes get to exit after SIGHUP before they are killed. */
  hangupGraceMs?: number;
  /** How long SIGKILL and the engine's bookkeeping may take before teardown is declared failed. */
  killTimeoutMs?: number;
}

export interface ExecProcess {
  execId: string;
  containerId: string;
}

const POLL_MS = 25;

export async function endSession(docker: Docker, target: ExecProcess, options: TeardownOptions = {}): Promise<void> {
  const hangupGraceMs = options.hangupGraceMs ?? 1_000;
  const killTimeoutMs = options.killTimeoutMs ?? 5_000;
  const pid = await hostPid(docker, target.execId, killTimeoutMs);
  if (pid === undefined) return;
  const members = () => sessionProcesses(pid, target.containerId);

  const running = await members();
  if (running.length === 0 && (await isRunning(docker, target.execId))) {
    throw new RuntimeError(
      "INTERNAL",
      `Exec ${target.execId.slice(0, 12)} is running but its process (host PID ${pid}) is not visible here; the agent must run on the engine's host with its PID namespace to end it`,
    );
  }
  signalAll(running, "SIGHUP");
  if (!(await waitFor(async () => (await members()).length === 0, hangupGraceMs))) {
    const killed = await waitFor(async () => {
      const left = await members();
      signalAll(left, "SIGKILL");
      return left.length === 0;
    }, killTimeoutMs);
    if (!killed) throw new RuntimeError("INTERNAL", `The processes of exec ${target.execId.slice(0, 12)} survived SIGKILL`);
  }
  if (!(await waitFor(async () => !(await isRunning(docker, target.execId)), killTimeoutMs))) {
    throw new RuntimeError("INTERNAL", `The engine still reports exec ${target.execId.slice(0, 12)} running after its processes ended`);
  }
}

/**
 * The exec's PID in the host's namespace, as exec inspect reports it once the process has started
 * (0 until then); undefined when it never started or the engine has forgotten it.
 */
async function hostPid(docker: Docker, execId: string, timeoutMs: number): Promise<number | undefined> {
  let pid: number | undefined;
  await waitFor(async () => {
    const info = await docker.getExec(execId).inspect().catch(() => undefined);
    pid = info?.Pid || undefined;
    return !info || pid !== undefined || (!info.Running && info.ExitCode !== null);
  }, timeoutMs);
  return pid;
}

/** False too when the engine has forgotten the exec (its container was removed). */
async function isRunning(docker: Docker, execId: string): Promise<boolean> {
  try {
    return (await docker.getExec(execId).inspect()).Running;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
