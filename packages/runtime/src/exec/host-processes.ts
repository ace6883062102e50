/**
 * The processes of one exec session as the engine's host sees them, read from /proc. Docker starts
 * every exec as a session leader (its session id is its host PID), and everything it spawns stays
 * in that session unless it calls setsid, so the session finds the shell and its jobs even after
 * the shell itself has died and left them to the container's init.
 */
import { readdir, readFile } from "node:fs/promises";

interface ProcessStat {
  pid: number;
  state: string;
  session: number;
}

/**
 * Live (not zombie) processes of the session led by `leaderPid` inside the container. The cgroup
 * check keeps an agent whose engine is remote, or a recycled PID, from ever naming a process of
 * its own host that is not in that container.
 */
export async function sessionProcesses(leaderPid: number, containerId: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readStat(entry);
    if (!stat || stat.session !== leaderPid || stat.state === "Z") continue;
    if (await inContainer(entry, containerId)) found.push(stat.pid);
  }
  return found;
}

/** Sends the signal to each process still there; one that has just exited is not an error. */
export function signalAll(pids: number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
}

async function readStat(pid: string): Promise<ProcessStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  // The command name in parentheses may itself contain spaces and parentheses.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const [state, , , session] = fields;
  if (state === undefined || session === undefined) return undefined;
  return { pid: Number(pid), state, session: Number(session) };
}

async function inContainer(pid: string, containerId: string): Promise<boolean> {
  const cgroups = await readFile(`/proc/${pid}/cgroup`, "utf8").catch(() => "");
  return cgroups.includes(containerId);
}
