import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands, type SwarmNode } from "@wheelhouse/protocol";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT } from "../testing/engine.ts";
import { createSwarmObjectSandbox } from "../testing/swarm-objects.ts";
import { SECOND_ENGINE_ENDPOINT, SECOND_NODE_HOSTNAME, changeNode, labelsWithout } from "../testing/test-swarm.ts";

const manager = createDockerRuntime({ endpoint: TEST_ENDPOINT });
const worker = createDockerRuntime({ endpoint: SECOND_ENGINE_ENDPOINT });
const sandbox = createSwarmObjectSandbox();
const list = async () => agentCommands["swarmNode.list"].output.parse(await manager.run("swarmNode.list", {}));
let second: SwarmNode;

beforeAll(async () => {
  const found = (await list()).find((n) => n.hostname === SECOND_NODE_HOSTNAME);
  if (!found) throw new Error(`no ${SECOND_NODE_HOSTNAME} in the swarm: run scripts/swarm-up.sh`);
  second = found;
});

// wh-node-2 is shared with every other swarm test: whatever happens here, it ends active and without this file's labels.
afterAll(() => changeNode(manager, second.id, (node) => ({ labels: labelsWithout(node.labels, sandbox.name("")), availability: "active" })));

describe("swarm nodes", () => {
  it("lists both nodes with their hostnames, roles and rack labels", async () => {
    const nodes = await list();
    const self = (await manager.run("node.facts", {})).swarm.nodeId;
    expect(nodes.find((n) => n.id === self)).toMatchObject({ role: "manager", leader: true, state: "ready", labels: { rack: "r1" } });
    expect(second).toMatchObject({ role: "worker", leader: false, state: "ready", address: "10.99.0.2", labels: { rack: "r2" } });
    expect(second.engineVersion).toMatch(/^\d+\.\d+/);
    expect(second.resources.nanoCpus).toBeGreaterThan(0);
    expect(second.resources.memoryBytes).toBeGreaterThan(0);
  });

  it("inspects a node by id, and says when there is none", async () => {
    expect(await manager.run("swarmNode.inspect", { id: second.id })).toMatchObject({ id: second.id, hostname: SECOND_NODE_HOSTNAME });
    await expect(manager.run("swarmNode.inspect", { id: "nonode" })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("not found") });
  });

  it("replaces a node's labels, keeping the rest of its spec", async () => {
    const key = sandbox.name("team");
    const updated = await changeNode(manager, second.id, (node) => ({ labels: { ...node.labels, [key]: "payments" } }));
    expect(updated.labels).toMatchObject({ rack: "r2", [key]: "payments" });
    expect(updated).toMatchObject({ role: "worker", hostname: SECOND_NODE_HOSTNAME });
    expect(updated.version).toBeGreaterThan(second.version);
  });

  // Drained only for a moment: services other test files run may be placed on wh-node-2.
  it("drains a node and makes it active again", async () => {
    const drained = await changeNode(manager, second.id, () => ({ availability: "drain" }));
    const active = await changeNode(manager, second.id, () => ({ availability: "active" }));
    expect([drained.availability, active.availability]).toEqual(["drain", "active"]);
    expect(active.labels).toMatchObject({ rack: "r2" });
  });

  it("refuses a change based on a stale version, and changes nothing", async () => {
    const before = await manager.run("swarmNode.inspect", { id: second.id });
    await changeNode(manager, second.id, (node) => ({ labels: { ...node.labels, [sandbox.name("v")]: "1" } }));
    await expect(manager.run("swarmNode.update", { id: second.id, version: before.version, labels: {} })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`changed since version ${before.version}`),
    });
    expect((await manager.run("swarmNode.inspect", { id: second.id })).labels).toMatchObject({ rack: "r2", [sandbox.name("v")]: "1" });
  });

  it("is refused by a worker, in Docker's words", async () => {
    await expect(worker.run("swarmNode.list", {})).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not a swarm manager") });
  });
});
