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
  admin = createCaller(await signedInContext(db, await db.user.create({ data: { username: "root", passwordHash: "x", isAdmin: true } })));
});
afterEach(() => database.close());

describe("teams", () => {
  it("are administered by administrators only", async () => {
    const ana = await db.user.create({ data: { username: "ana", passwordHash: "x" } });
    const asAna = createCaller(await signedInContext(db, ana));
    await expect(asAna.teams.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asAna.teams.create({ name: "ops" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.team.count()).toBe(0);
  });

  it("have unique names and directory groups, with clear refusals", async () => {
    const ops = await admin.teams.create({ name: "ops", description: "Runs production", ldapGroupDn: "cn=ops,ou=groups,dc=example,dc=com" });
    await expect(admin.teams.create({ name: "ops" })).rejects.toMatchObject({ code: "CONFLICT", message: "A team named ops exists already." });
    await expect(admin.teams.create({ name: "sre", ldapGroupDn: "cn=ops,ou=groups,dc=example,dc=com" })).rejects.toMatchObject({ code: "CONFLICT", message: "Team ops follows that directory group already." });
    await expect(admin.teams.create({ name: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const dev = await admin.teams.create({ name: "dev" });
    await expect(admin.teams.update({ id: dev.id, name: "ops" })).rejects.toMatchObject({ code: "CONFLICT" });
    await admin.teams.update({ id: ops.id, name: "ops", ldapGroupDn: null });
    expect((await admin.teams.list()).map((t) => [t.name, t.ldapGroupDn])).toEqual([
      ["dev", null],
      ["ops", null],
    ]);
  });

  it("gain and lose members; a user belongs to several teams; deleting a team keeps its users", async () => {
    const ana = await db.user.create({ data: { username: "ana", passwordHash: "x" } });
    const bob = await db.user.create({ data: { username: "bob", passwordHash: "x" } });
    const ops = await admin.teams.create({ name: "ops" });
    const dev = await admin.teams.create({ name: "dev" });
    await admin.teams.addMembers({ id: ops.id, userIds: [ana.id, bob.id] });
    await admin.teams.addMembers({ id: ops.id, userIds: [ana.id] });
    await admin.teams.addMembers({ id: dev.id, userIds: [ana.id] });
    await expect(admin.teams.addMembers({ id: dev.id, userIds: ["gone"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await admin.teams.members({ id: ops.id })).map((m) => m.username)).toEqual(["ana", "bob"]);
    expect((await admin.teams.list()).map((t) => [t.name, t.memberCount])).toEqual([
      ["dev", 1],
      ["ops", 2],
    ]);
    await admin.teams.removeMember({ id: ops.id, userId: bob.id });
    await expect(admin.teams.removeMember({ id: ops.id, userId: bob.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await admin.teams.delete({ id: ops.id });
    expect(await db.user.count()).toBe(3);
    expect(await db.teamMember.count()).toBe(1);
  });
});
