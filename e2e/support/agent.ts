/**
 * A real wheelhouse-agent process for a second host: the CLI a user runs on another machine, here
 * pointed at the second Docker Engine that scripts/swarm-up.sh starts in its own network namespace.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { E2E_URL } from "./server";

export const SECOND_ENGINE = process.env.WHEELHOUSE_TEST_DOCKER_HOST_2 ?? "unix:///var/run/docker-n2.sock";
const agentBin = fileURLToPath(new URL("../../apps/agent/bin/wheelhouse-agent.mjs", import.meta.url));

export interface AgentProcess {
  log(): string;
  /** Ends the agent without a goodbye, as a crash or a power cut would. */
  kill(): Promise<void>;
}

export function startAgentProcess(options: { stateDir: string; joinToken?: string }): AgentProcess {
  const args = [agentBin, "--server", E2E_URL, "--state-dir", options.stateDir, "--docker", SECOND_ENGINE];
  if (options.joinToken) args.push(`--join-token=${options.joinToken}`);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => void (output += chunk.toString()));
  return {
    log: () => output,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // The bin script runs the agent as its child: kill the whole process group.
      process.kill(-child.pid, "SIGKILL");
      await exited;
    },
  };
}
