/**
 * A service's logs across the two-node test swarm (scripts/swarm-up.sh): the local agent drives
 * the manager and a second agent enrolls wh-node-2, so a service spread over both racks has a
 * task on each. Its stream merges both nodes' lines in timestamp order, each source named with
 * its task and node, and picks up the task a scale-up adds. A node's stream has its containers.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgent, type AgentHandle } from "@wheelhouse/agent";
import type { NodeView } from "@wheelhouse/api";
import type { StreamLogLine, TaskSummary } from "@wheelhouse/protocol";
import { createServiceSandbox, until } from "@wheelhouse/runtime/testing/services";
import { SECOND_ENGINE_ENDPOINT, SECOND_NODE_HOSTNAME } from "@wheelhouse/runtime/testing/test-swarm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openLogViewer, type LogStreamView, type LogViewer } from "../../testing/log-viewer.ts";
import { signInAdmin, startTestPlane, type ApiClient } from "../../testing/start-test-plane.ts";

const sandbox = createServiceSandbox();
const stateDir = mkdtempSync(join(tmpdir(), "wh-logs-server-"));
const quiet = { info: () => undefined, warn: () => undefined, error: (line: string) => console.error(line) };
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let secondAgent: AgentHandle | undefined;
let viewer: LogViewer;
let manager: NodeView;
let worker: NodeView;
let swarmId: string;

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
  const token = (await admin.mutate("joinTokens.create", { label: SECOND_NODE_HOSTNAME, expiresInMinutes: 5, singleUse: true })).data as { token: string };
  secondAgent = startAgent({ serverUrl: plane.url, joinToken: token.token, stateDir, nodeName: SECOND_NODE_HOSTNAME, dockerEndpoint: SECOND_ENGINE_ENDPOINT, logger: quiet });
  const nodes = await until(async () => {
    const list = (await admin.query("nodes.list")).data as NodeView[];
    return list.length === 2 && list.every((n) => n.connected && n.facts?.swarm.state === "active") ? list : undefined;
  }, "both agents to report swarm members");
  [manager, worker] = [nodes.find((n) => n.facts?.swarm.isManager)!, nodes.find((n) => !n.facts?.swarm.isManager)!];
  swarmId = manager.facts!.swarm.clusterId!;
  viewer = await openLogViewer(plane.url, admin.cookie);
});

afterAll(async () => {
  viewer?.close();
  await secondAgent?.stop();
  await sandbox.cleanup();
  await plane?.drop();
  rmSync(stateDir, { recursive: true, force: true });
});

/** Every task writes `<its hostname> <n>` every 50 ms or so; a task container's hostname is its short id. */
async function chattyService(suffix: string, replicas: number): Promise<string> {
  const script = "i=0; while true; do i=$((i+1)); echo $(hostname) $i; usleep 40000; done";
  const spec = sandbox.spec(suffix, { command: ["sh", "-c", script], mode: { type: "replicated", replicas }, placement: { constraints: [], preferences: ["node.labels.rack"] } });
  const created = await admin.mutate("services.create", { swarmId, spec });
  expect(created.status).toBe(200);
  return (created.data as { id: string }).id;
}

async function runningTasks(serviceId: string, count: number): Promise<TaskSummary[]> {
  return until(async () => {
    const tasks = ((await admin.query("services.tasks", { swarmId, serviceId })).data as TaskSummary[]).filter((t) => t.state === "running");
    return tasks.length === count ? tasks : undefined;
  }, `${count} running tasks`);
}

async function follow(target: Parameters<LogViewer["open"]>[0]["target"]): Promise<LogStreamView> {
  const view = await viewer.open({ target, follow: true, tail: 20 });
  if ("ok" in view) throw new Error(`the stream was refused: ${view.message}`);
  return view;
}

const linesOf = (view: LogStreamView, source: string) => view.lines.filter((line) => line.source === source);

/** Each source's lines are its own count, in order from wherever it started. */
function expectOwnOrder(lines: StreamLogLine[]): void {
  const numbers = lines.map((line) => Number(line.text.split(" ")[1]));
  expect(numbers).toEqual(numbers.map((_, index) => (numbers[0] ?? 0) + index));
}

describe("a service's logs", () => {
  it("merge both nodes' tasks in timestamp order, each source named with its task and node, and gain the tasks a scale-up adds", async () => {
    const serviceId = await chattyService("logs-server-svc", 2);
    const tasks = await runningTasks(serviceId, 2);
    expect(new Set(tasks.map((t) => t.nodeId)).size).toBe(2);
    const view = await follow({ kind: "service", swarmId, serviceId });
    await view.until((seen) => seen.sources.size === 2 && [...seen.sources.keys()].every((id) => linesOf(seen, id).length >= 40), "40 lines from each task");

    const sources = [...view.sources.values()];
    expect(sources.map((source) => source.nodeId).sort()).toEqual([manager.id, worker.id].sort());
    for (const task of tasks) {
      expect(sources).toContainEqual(expect.objectContaining({ id: task.containerId?.slice(0, 12), taskId: task.id, taskSlot: task.slot, nodeName: task.nodeId === worker.facts?.swarm.nodeId ? SECOND_NODE_HOSTNAME : manager.name }));
    }
    for (const source of sources) {
      expect(linesOf(view, source.id).every((line) => line.text.startsWith(`${source.id} `))).toBe(true);
      expectOwnOrder(linesOf(view, source.id));
    }
    const stamps = view.lines.map((line) => line.ts);
    expect(stamps).toEqual([...stamps].sort());

    expect((await admin.mutate("services.scale", { swarmId, id: serviceId, replicas: 3 })).status).toBe(200);
    const third = (await runningTasks(serviceId, 3)).find((task) => !tasks.some((t) => t.id === task.id));
    const added = third?.containerId?.slice(0, 12) ?? "";
    await view.until((seen) => linesOf(seen, added).length >= 5, "lines from the added task", 45_000);
    // A task added while following sends its whole log, from its first line.
    expect(linesOf(view, added)[0]?.text).toBe(`${added} 1`);
    expectOwnOrder(linesOf(view, added));
  }, 120_000);
});

describe("a refused service stream", () => {
  it("says the service or the swarm is not there, in clear words", async () => {
    expect(await viewer.channels.open("logs", { target: { kind: "service", swarmId, serviceId: "logs-server-nothing" } })).toEqual({ ok: false, code: "NOT_FOUND", message: "service logs-server-nothing not found" });
    expect(await viewer.channels.open("logs", { target: { kind: "service", swarmId: "nosuchswarm", serviceId: "x" } })).toEqual({ ok: false, code: "NOT_FOUND", message: "No node of that swarm reports to Wheelhouse." });
  });
});

describe("a node's logs", () => {
  it("carry its running containers, tasks of services among them", async () => {
    const serviceId = await chattyService("logs-server-node", 1);
    const [task] = await runningTasks(serviceId, 1);
    const node = task?.nodeId === worker.facts?.swarm.nodeId ? worker : manager;
    const view = await follow({ kind: "node", nodeId: node.id });
    const id = task?.containerId?.slice(0, 12) ?? "";
    await view.until((seen) => linesOf(seen, id).length >= 5, "lines from the task's container");
    expect(view.sources.get(id)).toMatchObject({ nodeId: node.id, serviceName: sandbox.spec("logs-server-node").name, taskId: task?.id });
    expectOwnOrder(linesOf(view, id));
  }, 90_000);
});
