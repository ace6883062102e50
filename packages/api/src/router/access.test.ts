import type { Database } from "@wheelhouse/db";
import type { OpenedTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callerFor, rbacTestDatabase, roleId } from "../grants/testing.ts";

let database: OpenedTestDatabase;
let db: Database;
let admin: Awaited<ReturnType<typeof callerFor>>;

beforeEach(async () => {
  database = await rbacTestDatabase();
  db = database.db;
  admin = await callerFor(db, await db.user.create({ data: { username: "admin", passwordHash: "x", isAdmin: true } }));
});
afterEach(() => database.close());

const payments = { clusterId: "swarm:s1", labels: { team: "payments" } };

describe("explaining access", () => {
  async function aliceInPayments() {
    const alice = await db.user.create({ data: { username: "alice", passwordHash: "x" } });
    const team = await db.team.create({ data: { name: "payments", members: { create: { userId: alice.id } } } });
    const s = await admin.resourceSets.create({ name: "Payments", labels: { team: "payments" } });
    const search = await admin.resourceSets.create({ name: "Search", labels: { team: "search" } });
    await admin.grants.create({ teamId: team.id, roleId: await roleId(db, "Full Control"), resourceSetId: s.id });
    await admin.grants.create({ userId: alice.id, roleId: await roleId(db, "View Only"), resourceSetId: s.id });
    await admin.grants.create({ userId: alice.id, roleId: await roleId(db, "Full Control"), resourceSetId: search.id });
    return alice;
  }

  it("says Alice may exec into a payments container through her team's grant", async () => {
    const alice = await aliceInPayments();
    const answer = await admin.access.explain({ userId: alice.id, permission: "container.exec", resource: payments });
    expect(answer).toMatchObject({ allowed: true, because: "grants" });
    expect(answer.allowed && answer.grants.map((g) => [g.via, g.role.name, g.resourceSet.name])).toEqual([
      [{ kind: "team", teamId: expect.any(String), teamName: "payments" }, "Full Control", "Payments"],
    ]);
  });

  it("lists both direct and team grants that give a permission", async () => {
    const alice = await aliceInPayments();
    const answer = await admin.access.explain({ userId: alice.id, permission: "service.view", resource: payments });
    expect(answer.allowed && answer.grants.map((g) => `${g.via.kind}:${g.role.name}`).sort()).toEqual(["team:Full Control", "user:View Only"]);
  });

  it("shows, when denied, the grants that came close and why", async () => {
    const alice = await aliceInPayments();
    const answer = await admin.access.explain({ userId: alice.id, permission: "container.exec", resource: { clusterId: "swarm:s1", labels: { team: "billing" } } });
    expect(answer).toMatchObject({ allowed: false, because: "no-grant" });
    const misses = answer.allowed ? [] : answer.nearMisses;
    // View Only on Payments lacks the permission but its set does not match either: it is no near miss.
    expect(misses.map((m) => [m.role.name, m.resourceSet.name, m.missing, m.reasons])).toEqual([
      ["Full Control", "Payments", "resource", ["the resource lacks the label team=payments"]],
      ["Full Control", "Search", "resource", ["the resource lacks the label team=search"]],
    ]);
    const roleLacks = await admin.access.explain({ userId: alice.id, permission: "grant.manage", resource: payments });
    expect(roleLacks.allowed ? [] : roleLacks.nearMisses.map((m) => m.missing)).toEqual(["permission", "permission"]);
  });

  it("answers for administrators and disabled users without looking at grants", async () => {
    const root = await db.user.create({ data: { username: "root", passwordHash: "x", isAdmin: true } });
    expect(await admin.access.explain({ userId: root.id, permission: "container.exec", resource: payments })).toMatchObject({ allowed: true, because: "admin" });
    const alice = await aliceInPayments();
    await db.user.update({ where: { id: alice.id }, data: { disabled: true } });
    expect(await admin.access.explain({ userId: alice.id, permission: "service.view", resource: payments })).toMatchObject({ allowed: false, because: "disabled" });
  });

  it("lets users ask about themselves only", async () => {
    const alice = await aliceInPayments();
    const bob = await db.user.create({ data: { username: "bob", passwordHash: "x" } });
    const asAlice = await callerFor(db, alice);
    expect((await asAlice.access.effective({ userId: alice.id })).grants).toHaveLength(3);
    await expect(asAlice.access.explain({ userId: bob.id, permission: "service.view", resource: payments })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(asAlice.access.effective({ userId: bob.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists a user's effective grants with role permissions and set scopes", async () => {
    const alice = await aliceInPayments();
    const { grants } = await admin.access.effective({ userId: alice.id });
    const viaTeam = grants.find((g) => g.via.kind === "team");
    expect(viaTeam?.role.permissions).toContain("container.exec");
    expect(viaTeam?.resourceSet.scopeText).toBe("Services, stacks, containers, secrets and configs labelled team=payments in every cluster");
  });
});
