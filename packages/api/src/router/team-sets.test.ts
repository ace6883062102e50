/**
 * Two teams on one swarm: a payments user with Full Control on the set of objects labelled
 * team=payments, and a Restricted Control one on the same set. The swarm's manager answers with
 * canned services and containers; the database, grants and procedures are the real ones.
 */
import { syncBuiltInRoles } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import type { AgentCommandName, ContainerSummary, NodeFacts, ServiceDetails, ServiceSpecInput } from "@wheelhouse/protocol";
import { ServiceSpec } from "@wheelhouse/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentGateway } from "../context.ts";
import { appRouter } from "../root.ts";
import { signedInContext, type RecordedCall } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
const SWARM = "abc";

const service = (id: string, team: string): ServiceDetails => ({
  id,
  name: id,
  image: "local/busybox:1",
  mode: "replicated",
  replicas: { desired: 1, running: 1 },
  ports: [],
  createdAt: 0,
  updatedAt: 0,
  updateStatus: null,
  labels: { team },
  stack: null,
  spec: ServiceSpec.parse({ name: id, image: "local/busybox:1", labels: { team } }),
  version: 1,
  hasPreviousSpec: false,
  previousSpec: null,
});
// An administrator moved this one from the search team to payments; its previous spec is search's.
const handedOver: ServiceDetails = {
  ...service("pay-worker", "payments"),
  hasPreviousSpec: true,
  previousSpec: ServiceSpec.parse({ name: "pay-worker", image: "local/busybox:1", labels: { team: "search" } }),
};
const services = [service("pay-api", "payments"), service("search-api", "search"), handedOver];

const container = (id: string, labels: Record<string, string>): ContainerSummary => ({
  id,
  name: id,
  image: "local/busybox:1",
  imageId: "sha256:1",
  command: "sleep",
  state: "running",
  status: "Up",
  ports: [],
  createdAt: 0,
  labels,
});
const containers = [container("pay-api.1", { "com.docker.swarm.service.id": "pay-api" }), container("search-api.1", { "com.docker.swarm.service.id": "search-api" }), container("loose", {})];

/** The manager's canned answers; writes are only recorded. */
function cannedManager(managerId: string): AgentGateway & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const answers: Partial<Record<AgentCommandName, (input: { id?: string }) => unknown>> = {
    "service.list": () => services,
    "service.inspect": ({ id }) => services.find((s) => s.id === id) ?? Promise.reject(Object.assign(new Error(`service ${id} not found`), { code: "NOT_FOUND" })),
    "container.list": () => containers,
  };
  return {
    calls,
    async call(nodeId, name, input) {
      calls.push({ nodeId, name, input });
      return (answers[name]?.(input as { id?: string }) ?? {}) as never;
    },
    connectedNodeIds: async () => new Set([managerId]),
    disconnect: async () => {},
  };
}

let database: OpenedTestDatabase;
let db: Database;
let managerId: string;

async function userWith(roleName: string, username: string, setName = "payments", clusterIds: string[] = []) {
  const user = await db.user.create({ data: { username, passwordHash: "x" } });
  const role = await db.role.findUniqueOrThrow({ where: { name: roleName } });
  const labels = JSON.stringify({ team: "payments" });
  const set = await db.resourceSet.upsert({ where: { name: setName }, create: { name: setName, labels, clusterIds: JSON.stringify(clusterIds) }, update: {} });
  await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: set.id } });
  const agents = cannedManager(managerId);
  return { caller: createCaller(await signedInContext(db, user, agents)), agents };
}

const spec = (overrides: Partial<ServiceSpecInput>) => ServiceSpec.parse({ name: "pay-worker", image: "local/busybox:1", ...overrides });
const writes = (calls: RecordedCall[]) => calls.filter((call) => !call.name.endsWith(".list") && !call.name.endsWith(".inspect"));

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  await syncBuiltInRoles(db);
  managerId = (await db.node.create({ data: { name: "manager-1", engineReachable: true, facts: JSON.stringify(managerFacts()) } })).id;
});
afterAll(() => database.close());

describe("a Full Control user on the payments set", () => {
  it("lists only payments services, and containers of payments tasks", async () => {
    const { caller } = await userWith("Full Control", "pat");
    expect((await caller.services.list({ swarmId: SWARM })).map((s) => s.name)).toEqual(["pay-api", "pay-worker"]);
    expect((await caller.containers.list({ nodeId: managerId })).map((c) => c.name)).toEqual(["pay-api.1"]);
  });

  it("finds no search service to inspect, scale or remove, in the words used for a missing one", async () => {
    const { caller, agents } = await userWith("Full Control", "pam");
    const missing = { code: "NOT_FOUND", message: "service search-api not found" };
    await expect(caller.services.inspect({ swarmId: SWARM, id: "search-api" })).rejects.toMatchObject(missing);
    await expect(caller.services.scale({ swarmId: SWARM, id: "search-api", replicas: 5 })).rejects.toMatchObject(missing);
    await expect(caller.services.remove({ swarmId: SWARM, id: "search-api" })).rejects.toMatchObject(missing);
    expect(writes(agents.calls)).toEqual([]);
  });

  it("scales a payments service", async () => {
    const { caller, agents } = await userWith("Full Control", "paz");
    await caller.services.scale({ swarmId: SWARM, id: "pay-api", replicas: 3 });
    expect(writes(agents.calls)).toEqual([{ nodeId: managerId, name: "service.scale", input: { id: "pay-api", replicas: 3 } }]);
  });

  it("creates a service only with the team's label, and says which label is needed", async () => {
    const { caller, agents } = await userWith("Full Control", "pia");
    await expect(caller.services.create({ swarmId: SWARM, spec: spec({}) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You may not create a service labelled (no labels): you need the service.create permission on it. Label it team=payments.",
    });
    await expect(caller.services.create({ swarmId: SWARM, spec: spec({ labels: { team: "search" } }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(writes(agents.calls)).toEqual([]);
    await caller.services.create({ swarmId: SWARM, spec: spec({ labels: { team: "payments" }, mounts: [{ type: "bind", source: "/srv/pay", target: "/data" }] }) });
    expect(writes(agents.calls).map((call) => call.name)).toEqual(["service.create"]);
  });

  it("sees the node its services run on, but none of its own objects: no team owns a node's images or its prune", async () => {
    const { caller, agents } = await userWith("Full Control", "pru");
    expect((await caller.nodes.list()).map((n) => n.name)).toEqual(["manager-1"]);
    // Nor how many containers, images, volumes or networks it holds: those count other teams' objects.
    const hidden = { containersRunning: null, containersPaused: null, containersStopped: null, images: null, volumes: null, networks: null };
    expect((await caller.nodes.list())[0]?.facts?.counts).toEqual(hidden);
    expect((await caller.nodes.get({ nodeId: managerId })).facts?.counts).toEqual(hidden);
    // The cluster is listed, but not its container counts, which include other teams' containers.
    expect((await caller.clusters.list()).map((c) => [c.name, c.containers])).toEqual([[expect.any(String), null]]);
    await expect(caller.images.list({ nodeId: managerId })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "You need the image.view permission on this node itself; your resource sets here cover labelled objects only.",
    });
    await expect(caller.system.prune({ nodeId: managerId, what: { containers: true, images: "none", volumes: false, networks: false, buildCache: false } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(agents.calls).toEqual([]);
  });

  it("may not move a payments service into another team's set", async () => {
    const { caller, agents } = await userWith("Full Control", "pez");
    await expect(caller.services.update({ swarmId: SWARM, id: "pay-api", version: 1, spec: spec({ name: "pay-api", labels: { team: "search" } }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(writes(agents.calls)).toEqual([]);
  });

  it("may not roll a service back into another team's set", async () => {
    const { caller, agents } = await userWith("Full Control", "poe");
    await expect(caller.services.rollback({ swarmId: SWARM, id: "pay-worker" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("You may not roll a service back to a version labelled team=search"),
    });
    expect(writes(agents.calls)).toEqual([]);
  });
});

describe("a user whose set is on another swarm", () => {
  it("sees no node, cluster or service here, and a node named to it is missing", async () => {
    const { caller, agents } = await userWith("Full Control", "oscar", "payments elsewhere", ["swarm:other"]);
    expect(await caller.nodes.list()).toEqual([]);
    expect(await caller.clusters.list()).toEqual([]);
    expect(await caller.services.list({ swarmId: SWARM })).toEqual([]);
    await expect(caller.images.list({ nodeId: managerId })).rejects.toMatchObject({ code: "NOT_FOUND", message: "No such node." });
    await expect(caller.swarm.info({ swarmId: SWARM })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(writes(agents.calls)).toEqual([]);
  });
});

describe("a Restricted Control user on the payments set", () => {
  it("may create a payments service, but not one that bind-mounts a host path or joins the host network", async () => {
    const { caller, agents } = await userWith("Restricted Control", "rita");
    const labels = { team: "payments" };
    await expect(caller.services.create({ swarmId: SWARM, spec: spec({ labels, mounts: [{ type: "bind", source: "/var/run/docker.sock", target: "/sock" }] }) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Restricted roles may not bind-mount host paths: mount /var/run/docker.sock: that needs the workload.host-access permission.",
    });
    await expect(caller.services.create({ swarmId: SWARM, spec: spec({ labels, networks: ["host"] }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(writes(agents.calls)).toEqual([]);
    await caller.services.create({ swarmId: SWARM, spec: spec({ labels, mounts: [{ type: "volume", source: "pay-data", target: "/data" }] }) });
    expect(writes(agents.calls).map((call) => call.name)).toEqual(["service.create"]);
  });

  it("is refused a stack whose services add capabilities, before anything reaches the swarm", async () => {
    const { caller, agents } = await userWith("Restricted Control", "rudy");
    const compose = "services:\n  api:\n    image: local/busybox:1\n    cap_add: [NET_ADMIN]\n    deploy:\n      labels:\n        team: payments\n";
    expect(await caller.stacks.validate({ swarmId: SWARM, name: "pay", compose })).toMatchObject({
      ok: false,
      problems: [{ path: "services.api", message: "Restricted roles may not add capabilities: NET_ADMIN: that needs the workload.host-access permission." }],
    });
    await expect(caller.stacks.deploy({ swarmId: SWARM, name: "pay", compose })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(agents.calls).toEqual([]);
  });
});

function managerFacts(): NodeFacts {
  const counts = { containersRunning: 0, containersPaused: 0, containersStopped: 0, images: 0, volumes: 0, networks: 0 };
  const swarm = { state: "active" as const, nodeId: "m1", clusterId: SWARM, isManager: true, managerNodeIds: ["m1"] };
  return { hostname: "m1", engineVersion: "28", apiVersion: "1.48", os: "Debian", osType: "linux", kernelVersion: "6", architecture: "x86_64", cpus: 1, memoryBytes: 1, dockerRootDir: "/", labels: {}, swarm, counts };
}
