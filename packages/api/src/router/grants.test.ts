import { BUILT_IN_ROLES } from "@wheelhouse/auth";
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

const viewOnly = BUILT_IN_ROLES.find((r) => r.name === "View Only")?.permissions ?? [];

describe("grants", () => {
  it("lets an administrator grant to a user or a team, and refuses a duplicate", async () => {
    const alice = await db.user.create({ data: { username: "alice", passwordHash: "x", disabled: true } });
    const team = await db.team.create({ data: { name: "payments" } });
    const set = await admin.resourceSets.create({ name: "Payments", labels: { team: "payments" } });
    const role = await roleId(db, "Full Control");
    expect(await admin.grants.create({ userId: alice.id, roleId: role, resourceSetId: set.id })).toMatchObject({ subjectDisabled: true });
    await admin.grants.create({ teamId: team.id, roleId: role, resourceSetId: set.id });
    await expect(admin.grants.create({ userId: alice.id, roleId: role, resourceSetId: set.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "alice already holds Full Control on Payments.",
    });
    const listed = await admin.grants.list();
    expect(listed.map((g) => [g.subject.kind, g.subject.name, g.role.name, g.resourceSet.name, g.createdBy])).toEqual([
      ["team", "payments", "Full Control", "Payments", "admin"],
      ["user", "alice", "Full Control", "Payments", "admin"],
    ]);
    expect(listed.find((g) => g.subject.kind === "user")?.subject).toMatchObject({ disabled: true });
  });

  it("refuses to grant to both a user and a team at once", async () => {
    const set = await admin.resourceSets.create({ name: "All" });
    await expect(admin.grants.create({ userId: "u", teamId: "t", roleId: await roleId(db, "View Only"), resourceSetId: set.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  describe("without privilege escalation", () => {
    // The lead of the payments team may hand out what they hold on S, and only there.
    async function teamLead() {
      const lead = await db.user.create({ data: { username: "lead", passwordHash: "x" } });
      const s = await admin.resourceSets.create({ name: "S", labels: { team: "payments" } });
      const t = await admin.resourceSets.create({ name: "T", labels: { team: "search" } });
      const leadRole = await admin.roles.create({ name: "Team lead", permissions: ["grant.manage", ...viewOnly] });
      await admin.grants.create({ userId: lead.id, roleId: leadRole.id, resourceSetId: s.id });
      const bob = await db.user.create({ data: { username: "bob", passwordHash: "x" } });
      return { caller: await callerFor(db, lead), s, t, bob };
    }

    const table = [
      { role: "View Only", set: "S", allowed: true },
      { role: "Full Control", set: "S", allowed: false },
      { role: "View Only", set: "T", allowed: false },
      { role: "Team lead", set: "T", allowed: false },
    ];

    it.each(table)("a team lead granting $role on $set: allowed $allowed", async ({ role, set, allowed }) => {
      const { caller, s, t, bob } = await teamLead();
      const attempt = caller.grants.create({ userId: bob.id, roleId: await roleId(db, role), resourceSetId: (set === "S" ? s : t).id });
      if (allowed) await attempt;
      else await expect(attempt).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await db.grant.count({ where: { userId: bob.id } })).toBe(allowed ? 1 : 0);
    });

    it("names the permissions the grantor lacks", async () => {
      const { caller, s, bob } = await teamLead();
      const refusal = caller.grants.create({ userId: bob.id, roleId: await roleId(db, "Full Control"), resourceSetId: s.id });
      await expect(refusal).rejects.toMatchObject({ message: expect.stringMatching(/^To grant Full Control on S you need, on that set: .*container\.exec/) });
      await expect(refusal).rejects.toMatchObject({ message: expect.not.stringContaining("service.view") });
    });

    it("shows the grantor only the sets and grants they may manage, and removes only those", async () => {
      const { caller, s, t, bob } = await teamLead();
      const onT = await admin.grants.create({ userId: bob.id, roleId: await roleId(db, "View Only"), resourceSetId: t.id });
      const fullOnS = await admin.grants.create({ userId: bob.id, roleId: await roleId(db, "Full Control"), resourceSetId: s.id });
      expect((await caller.resourceSets.list()).map((set) => set.name)).toEqual(["S"]);
      const visible = await caller.grants.list();
      expect(visible.map((g) => `${g.subject.name}:${g.role.name}`).sort()).toEqual(["bob:Full Control", "lead:Team lead"]);
      expect(visible.find((g) => g.id === fullOnS.id)?.canRemove).toBe(false);
      await expect(caller.grants.delete({ grantId: fullOnS.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.grants.delete({ grantId: onT.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const viewOnS = await caller.grants.create({ userId: bob.id, roleId: await roleId(db, "View Only"), resourceSetId: s.id });
      await caller.grants.delete({ grantId: viewOnS.id });
      expect(await db.grant.count({ where: { userId: bob.id } })).toBe(2);
    });

    it("keeps role and set administration to administrators", async () => {
      const { caller, s } = await teamLead();
      await expect(caller.roles.create({ name: "Mine", permissions: ["container.exec"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.resourceSets.update({ resourceSetId: s.id, name: "S" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
  });
});

describe("resource sets", () => {
  it("describes each set's scope in words, with cluster names", async () => {
    const node = await db.node.create({ data: { name: "node-1" } });
    const choices = await admin.resourceSets.clusterChoices();
    expect(choices).toEqual([{ id: `host:${node.id}`, name: "node-1", kind: "standalone" }]);
    await admin.resourceSets.create({ name: "Payments", clusterIds: [`host:${node.id}`], labels: { team: "payments" } });
    await admin.resourceSets.create({ name: "Rack 1", nodeLabels: { rack: "r1" } });
    const sets = await admin.resourceSets.list();
    expect(sets.map((set) => set.scopeText)).toEqual([
      "Services, stacks, containers, secrets and configs labelled team=payments in node-1",
      "Nodes labelled rack=r1, with their containers, images, volumes and networks in every cluster",
    ]);
  });

  it("refuses an unknown cluster or an empty label key, and deletion while grants use the set", async () => {
    await expect(admin.resourceSets.create({ name: "Ghost", clusterIds: ["swarm:nope"] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "No such cluster: swarm:nope." });
    await expect(admin.resourceSets.create({ name: "Blank", labels: { " ": "x" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.resourceSet.count()).toBe(0);
    const set = await admin.resourceSets.create({ name: "All" });
    const alice = await db.user.create({ data: { username: "alice", passwordHash: "x" } });
    await admin.grants.create({ userId: alice.id, roleId: await roleId(db, "View Only"), resourceSetId: set.id });
    await expect(admin.resourceSets.delete({ resourceSetId: set.id })).rejects.toMatchObject({ code: "CONFLICT", message: "All is used by 1 grant. Remove those first." });
  });
});
