import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { agentCommandNames, type NodeFacts } from "@wheelhouse/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "./permissions.ts";
import { permissionRegistry } from "./registry.ts";
import { appRouter } from "./root.ts";
import { recordingGateway, signedInContext, testContext } from "./testing/context.ts";
import { createCallerFactory } from "./trpc.ts";

const createCaller = createCallerFactory(appRouter);
const registry = permissionRegistry();
const procedures = registry.filter((e) => e.kind === "procedure");
const guarded = procedures.filter((e) => e.access !== "public" && e.access !== "signed-in");

/** Calls a procedure by its dotted name, e.g. "containers.list". */
function invoke(caller: ReturnType<typeof createCaller>, name: string, input: unknown): Promise<unknown> {
  const fn = name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (fn as (input: unknown) => Promise<unknown>)(input);
}

describe("permission registry", () => {
  it("names a known permission or access level for every procedure and socket event", () => {
    expect(procedures.length).toBeGreaterThan(15);
    for (const entry of registry) {
      expect(entry.access === "public" || entry.access === "signed-in" || entry.access === "admin" || (entry.access !== undefined && entry.access in PERMISSIONS), `${entry.name}: ${entry.access}`).toBe(true);
    }
  });

  it("opens to anonymous callers only what signing in needs", () => {
    expect(procedures.filter((e) => e.access === "public").map((e) => e.name).sort()).toEqual(["auth.login", "auth.setup", "auth.status"]);
  });
});

describe("access enforcement", () => {
  let database: OpenedTestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    // Node-scoped procedures look the node up before asking its agent.
    await db.node.create({ data: { id: "n1", name: "n1" } });
  });
  afterAll(() => database.close());

  it.each(procedures.filter((e) => e.access !== "public").map((e) => e.name))("refuses %s without a session", async (name) => {
    await expect(invoke(createCaller(testContext(db)), name, {})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it.each(guarded.map((e) => [e.name, e.access]))("refuses %s to a user without %s", async (name) => {
    const user = await db.user.create({ data: { username: `u-${name}`, passwordHash: "x" } });
    const agents = recordingGateway();
    await expect(invoke(createCaller(await signedInContext(db, user, agents)), name, { nodeId: "n1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(agents.calls).toEqual([]);
  });

  it("lets an administrator reach a node's agent, with validated input only", async () => {
    const admin = await db.user.create({ data: { username: "root", passwordHash: "x", isAdmin: true } });
    const agents = recordingGateway();
    const caller = createCaller(await signedInContext(db, admin, agents));
    await caller.containers.act({ nodeId: "n1", id: "web-1", action: "restart" });
    await expect(caller.containers.act({ nodeId: "n1", id: "../../containers/x", action: "restart" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.system.prune({ nodeId: "n1", what: { containers: false, images: "none", volumes: false, networks: false, buildCache: false } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(agents.calls).toEqual([{ nodeId: "n1", name: "container.action", input: { id: "web-1", action: "restart" } }]);
  });

  it("uses only commands the agent protocol defines", async () => {
    const admin = await db.user.create({ data: { username: "root2", passwordHash: "x", isAdmin: true } });
    // Swarm-wide procedures go to a connected manager of the swarm named, so there is one.
    const manager = await db.node.create({ data: { name: "manager-1", engineReachable: true, facts: JSON.stringify(managerFacts("abc")) } });
    const agents = { ...recordingGateway(), connectedNodeIds: async () => new Set([manager.id]) };
    const caller = createCaller(await signedInContext(db, admin, agents));
    // Only permission-guarded reads reach agents; admin and account ones read the database, and
    // metrics read the control plane's store, asking agents only to resolve what they name (metrics.test.ts).
    const agentReads = guarded.filter(
      (e) => e.type === "query" && e.access !== "admin" && e.access !== "signed-in" && e.name !== "nodes.list" && e.name !== "nodes.get" && !e.name.startsWith("metrics."),
    );
    for (const entry of agentReads) {
      await invoke(caller, entry.name, { nodeId: "n1", swarmId: "abc", id: "abc", name: "abc" });
    }
    expect(agents.calls.length).toBeGreaterThan(5);
    expect(agents.calls.some((call) => call.nodeId === manager.id)).toBe(true);
    for (const call of agents.calls) expect(agentCommandNames).toContain(call.name);
  });
});

function managerFacts(clusterId: string): NodeFacts {
  const counts = { containersRunning: 0, containersPaused: 0, containersStopped: 0, images: 0, volumes: 0, networks: 0 };
  const swarm = { state: "active" as const, nodeId: "m1", clusterId, isManager: true, managerNodeIds: ["m1"] };
  return { hostname: "m1", engineVersion: "20.10", apiVersion: "1.41", os: "Debian", osType: "linux", kernelVersion: "6", architecture: "x86_64", cpus: 1, memoryBytes: 1, dockerRootDir: "/", labels: {}, swarm, counts };
}
