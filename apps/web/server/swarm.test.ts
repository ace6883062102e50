/**
 * Swarm work through the real control plane, on the two-node test swarm (scripts/swarm-up.sh): the
 * local agent drives the manager, a second agent enrolls wh-node-2, and swarm-wide procedures are
 * addressed by the swarm's cluster ID. Covers membership facts, swarm nodes (list, a label
 * change, a stale version), secrets, and the refusals of init and join on engines already in it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startAgent, type AgentHandle } from "@wheelhouse/agent";
import type { NodeView } from "@wheelhouse/api";
import type { SecretSummary, SwarmInfo, SwarmNode, SwarmNodeUpdate } from "@wheelhouse/protocol";
import { createDockerRuntime } from "@wheelhouse/runtime";
import { TEST_ENDPOINT } from "@wheelhouse/runtime/testing";
import { createSwarmObjectSandbox } from "@wheelhouse/runtime/testing/swarm-objects";
import { SECOND_ENGINE_ENDPOINT, SECOND_NODE_HOSTNAME, changeNode, labelsWithout } from "@wheelhouse/runtime/testing/test-swarm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";
import { until } from "@wheelhouse/runtime/testing/until";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let secondAgent: AgentHandle | undefined;
const stateDir = mkdtempSync(join(tmpdir(), "wh-agent-"));
const sandbox = createSwarmObjectSandbox();
let manager: NodeView;
let worker: NodeView;
let swarmId: string;
let second: SwarmNode;

const quiet = { info: () => undefined, warn: () => undefined, error: (line: string) => console.error(line) };
const swarmNodes = async () => (await admin.query("swarmNodes.list", { swarmId })).data as SwarmNode[];
const inspectSecond = async () => (await admin.query("swarmNodes.inspect", { swarmId, id: second.id })).data as SwarmNode;

// Other test files change wh-node-2 too (they run in parallel on one swarm): a change is made from a
// fresh read, and made again if one of them got in between.
async function changeSecond(change: (node: SwarmNode) => Omit<SwarmNodeUpdate, "id" | "version">) {
  for (let attempt = 1; ; attempt++) {
    const node = await inspectSecond();
    const res = await admin.mutate("swarmNodes.update", { swarmId, id: node.id, version: node.version, ...change(node) });
    if (res.status !== 409 || attempt === 5) return res;
  }
}

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
  const token = (await admin.mutate("joinTokens.create", { label: "wh-node-2", expiresInMinutes: 5, singleUse: true })).data as { token: string };
  secondAgent = startAgent({ serverUrl: plane.url, joinToken: token.token, stateDir, nodeName: SECOND_NODE_HOSTNAME, dockerEndpoint: SECOND_ENGINE_ENDPOINT, logger: quiet });
  const nodes = await until(async () => {
    const list = (await admin.query("nodes.list")).data as NodeView[];
    return list.length === 2 && list.every((n) => n.connected && n.facts?.swarm.state === "active") ? list : undefined;
  }, "both agents to report swarm members");
  const find = (isManager: boolean) => nodes.find((n) => n.facts?.swarm.isManager === isManager);
  [manager, worker] = [find(true)!, find(false)!];
  swarmId = manager.facts!.swarm.clusterId!;
  second = (await swarmNodes()).find((n) => n.hostname === SECOND_NODE_HOSTNAME)!;
});

afterAll(async () => {
  // wh-node-2 is shared with every other swarm test: it ends without this file's labels.
  if (second) await changeNode(createDockerRuntime({ endpoint: TEST_ENDPOINT }), second.id, (node) => ({ labels: labelsWithout(node.labels, sandbox.name("")) }));
  await secondAgent?.stop();
  await sandbox.cleanup();
  await plane?.drop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe("a swarm through the control plane", () => {
  it("sees both nodes' facts place them in one swarm", async () => {
    expect(manager.facts?.swarm).toMatchObject({ isManager: true, clusterId: expect.stringMatching(/^[a-z0-9]+$/) });
    // Docker tells only managers the cluster ID; a worker names its managers instead.
    expect(worker.facts?.swarm.managerNodeIds).toContain(manager.facts?.swarm.nodeId);
    expect(worker.facts?.hostname).toBe(SECOND_NODE_HOSTNAME);
    const info = (await admin.query("swarm.info", { swarmId })).data as SwarmInfo;
    expect(info).toMatchObject({ id: swarmId, managerAddresses: ["10.99.0.1:2377"] });
    expect(info.joinTokens).toBeUndefined();
    const withTokens = (await admin.query("swarm.joinInfo", { swarmId })).data as SwarmInfo;
    expect(withTokens.joinTokens?.worker).toMatch(/^SWMTKN-1-/);
  });

  it("lists the swarm's nodes by swarm ID, with their rack labels", async () => {
    const nodes = await swarmNodes();
    expect(nodes.map((n) => [n.id, n.role, n.labels.rack]).sort()).toEqual(
      [
        [manager.facts?.swarm.nodeId, "manager", "r1"],
        [worker.facts?.swarm.nodeId, "worker", "r2"],
      ].sort(),
    );
  });

  it("changes a node's labels, and refuses a change based on a stale version", async () => {
    const key = sandbox.name("team");
    const before = await inspectSecond();
    const res = await changeSecond((node) => ({ labels: { ...node.labels, [key]: "payments" } }));
    expect(res.status).toBe(200);
    expect((res.data as SwarmNode).labels).toMatchObject({ rack: "r2", [key]: "payments" });
    expect((await swarmNodes()).find((n) => n.id === second.id)?.labels).toMatchObject({ [key]: "payments" });
    const stale = await admin.mutate("swarmNodes.update", { swarmId, id: second.id, version: before.version, availability: "drain" });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toContain(`changed since version ${before.version}`);
  });

  it("creates, lists and removes a secret, never showing its value, and refuses a duplicate name", async () => {
    const name = sandbox.name("api-key");
    const value = "s3cr3t-value-that-stays-put";
    const created = await admin.mutate("secrets.create", { swarmId, name, data: value, labels: sandbox.labels });
    expect(created.status).toBe(200);
    const { id } = created.data as { id: string };
    const listed = await admin.query("secrets.list", { swarmId });
    expect((listed.data as SecretSummary[]).find((s) => s.id === id)).toMatchObject({ name, labels: sandbox.labels });
    expect(JSON.stringify([created, listed])).not.toContain(value);
    const duplicate = await admin.mutate("secrets.create", { swarmId, name, data: "other", labels: sandbox.labels });
    expect(duplicate.status).toBe(409);
    expect(duplicate.error?.message).toBe(`secret ${name} already exists`);
    expect((await admin.mutate("secrets.remove", { swarmId, id })).status).toBe(200);
    expect(((await admin.query("secrets.list", { swarmId })).data as SecretSummary[]).map((s) => s.id)).not.toContain(id);
  });

  it("refuses to init a swarm on a manager, or to join a member to the swarm it is in", async () => {
    const init = await admin.mutate("swarm.init", { nodeId: manager.id });
    expect(init.status).toBe(409);
    expect(init.error?.message).toContain("already part of a swarm");
    // The API fetched the token and manager addresses from the swarm: the engine's own refusal proves they reached it.
    const joined = await admin.mutate("swarm.join", { nodeId: worker.id, swarmId });
    expect(joined.status).toBe(409);
    expect(joined.error?.message).toContain("already part of a swarm");
  });

  it("says so when no node of the swarm named reports to Wheelhouse", async () => {
    const res = await admin.query("secrets.list", { swarmId: "nosuchswarm" });
    expect(res.status).toBe(404);
  });
});
