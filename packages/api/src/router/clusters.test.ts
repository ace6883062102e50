import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { signedInContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;
let admin: ReturnType<typeof createCaller>;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  const user = await db.user.create({ data: { username: "admin", passwordHash: "x", isAdmin: true } });
  admin = createCaller(await signedInContext(db, user));
  await db.node.createMany({ data: [{ id: "a", name: "edge-a" }, { id: "b", name: "edge-b" }, { id: "c", name: "lab" }] });
});
afterEach(() => database.close());

const shape = async () => (await admin.clusters.list()).map((c) => [c.kind, c.name, c.nodes.map((n) => n.name).join(",")]);

describe("named clusters", () => {
  it("groups standalone hosts, renames the group, moves a host out and dissolves it", async () => {
    const { id } = await admin.clusters.createGroup({ name: "edge", nodeIds: ["a", "b"] });
    expect(await shape()).toEqual([
      ["group", "edge", "edge-a,edge-b"],
      ["standalone", "lab", "lab"],
    ]);
    await admin.clusters.rename({ recordId: id, name: "edge sites" });
    await admin.clusters.assignNode({ nodeId: "b", clusterId: null });
    expect(await shape()).toEqual([
      ["group", "edge sites", "edge-a"],
      ["standalone", "edge-b", "edge-b"],
      ["standalone", "lab", "lab"],
    ]);
    await admin.clusters.removeRecord({ recordId: id });
    expect((await shape()).every(([kind]) => kind === "standalone")).toBe(true);
    expect(await db.node.count()).toBe(3);
  });

  it("refuses a taken name, an unknown host and a bad name, and changes nothing", async () => {
    await admin.clusters.createGroup({ name: "edge", nodeIds: ["a"] });
    await expect(admin.clusters.createGroup({ name: "edge", nodeIds: ["b"] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(admin.clusters.createGroup({ name: "other", nodeIds: ["nope"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(admin.clusters.createGroup({ name: "<script>", nodeIds: [] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.cluster.count()).toBe(1);
    expect((await db.node.findUnique({ where: { id: "b" } }))?.clusterId).toBeNull();
  });

  it("names a swarm by its ID before and after it is first named", async () => {
    await admin.clusters.rename({ swarmId: "abc123", name: "production" });
    await admin.clusters.rename({ swarmId: "abc123", name: "prod" });
    expect(await db.cluster.findMany({ select: { name: true, swarmId: true } })).toEqual([{ name: "prod", swarmId: "abc123" }]);
  });
});
