/**
 * A control plane in a child process for benches that go through it, as it is deployed: with the
 * local node's agent in its process, or with the node's agent in a process of its own (as on a
 * remote node). The bench signs in as the administrator and gets the node to target, and the CPU
 * time the children have used, to tell what the relay costs from what the machine is doing.
 *
 * Run as a script, this file is one of those children: `plane [in-process|separate]` or
 * `agent <url> <join token>`; each says where it is as one JSON line and lives until stdin closes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Readable } from "node:stream";
import type { NodeView } from "../packages/api/src/index.ts";
import { until } from "../packages/runtime/src/testing/until.ts";

export type AgentPlacement = "in-process" | "separate";

export interface PlaneProcesses {
  url: string;
  nodeId: string;
  /** The administrator's session cookie. */
  cookie: string;
  /** CPU seconds used so far by the control plane and the agent together. */
  cpuSeconds(): number;
  close(): void;
}

const self = fileURLToPath(import.meta.url);

export async function startPlaneProcesses(agent: AgentPlacement): Promise<PlaneProcesses> {
  // PROFILE_PLANE=<dir> writes CPU profiles of the children there.
  const profile = process.env.PROFILE_PLANE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_PLANE}`] : [];
  const run = (...args: string[]) => spawn(process.execPath, [...profile, ...process.execArgv, self, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const children = [run("plane", agent)];
  const close = () => children.forEach((child) => child.stdin?.end());
  try {
    const plane = JSON.parse(await announced(children[0] as ChildProcess)) as { url: string; setupCode: string; nodeId: string | null };
    const { signInAdmin } = await import("../apps/web/server/testing/start-test-plane.ts");
    const admin = await signInAdmin(plane);
    let nodeId = plane.nodeId ?? "";
    if (agent === "separate") {
      const { token } = (await admin.mutate("joinTokens.create", { label: "bench", expiresInMinutes: 5, singleUse: true })).data as { token: string };
      children.push(run("agent", plane.url, token));
      await announced(children[1] as ChildProcess);
      nodeId = (await until(async () => ((await admin.query("nodes.list")).data as NodeView[]).find((node) => node.connected), "the agent to join")).id;
    }
    return { url: plane.url, nodeId, cookie: admin.cookie, cpuSeconds: () => children.reduce((sum, child) => sum + cpuSeconds(child.pid ?? 0), 0), close };
  } catch (error) {
    close();
    throw error;
  }
}

/** CPU seconds (user and system) a process has used, from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function announced(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout as Readable }).on("line", (line) => line.startsWith("{") && resolve(line));
    child.once("exit", (code) => reject(new Error(`a bench child process exited (${code})`)));
  });
}

async function plane(agent: AgentPlacement): Promise<void> {
  const { startTestPlane } = await import("../apps/web/server/testing/start-test-plane.ts");
  const started = await startTestPlane({ WHEELHOUSE_LOCAL_AGENT: agent === "in-process" ? "true" : "false" });
  console.log(JSON.stringify({ url: started.url, setupCode: started.setupCode, nodeId: started.localNodeId }));
  untilStdinCloses(() => started.drop());
}

async function agentProcess(url: string, joinToken: string): Promise<void> {
  const { startAgent } = await import("../apps/agent/src/index.ts");
  const { TEST_ENDPOINT } = await import("../packages/runtime/src/testing/engine.ts");
  const quiet = { info: () => undefined, warn: () => undefined, error: (line: string) => console.error(line) };
  const handle = startAgent({ serverUrl: url, joinToken, stateDir: mkdtempSync(join(tmpdir(), "wh-bench-agent-")), dockerEndpoint: TEST_ENDPOINT, logger: quiet });
  console.log(JSON.stringify({ agent: "started" }));
  untilStdinCloses(() => handle.stop());
}

function untilStdinCloses(stop: () => Promise<void>): void {
  process.stdin.resume();
  process.stdin.on("end", () => void stop().finally(() => process.exit(0)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [role, ...args] = process.argv.slice(2);
  if (role === "plane") await plane((args[0] as AgentPlacement | undefined) ?? "in-process");
  else if (role === "agent") await agentProcess(args[0] ?? "", args[1] ?? "");
}
