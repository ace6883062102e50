import { hashPassword, writeLdapSettings } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { Attribute, Change } from "ldapts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { testContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";
import { authenticate } from "./authenticate.ts";
import { DIRECTORY_UNAVAILABLE } from "./directory-sign-in.ts";
import { directoryAdmin, SEEDED, seededSettings } from "./seeded-directory.ts";

const createCaller = createCallerFactory(appRouter);
const login = (username: string, password: string) => createCaller(testContext(db)).auth.login({ username, password });
const refused = { code: "UNAUTHORIZED", message: "Wrong username or password." };

let database: OpenedTestDatabase;
let db: Database;
let teams: { payments: string; search: string; oncall: string };

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  // In every test, not once: without the directory each test fails, saying how to start it, rather than being skipped.
  await (await directoryAdmin()).unbind();
  await db.user.create({ data: { username: "admin", passwordHash: await hashPassword("a sound passphrase"), isAdmin: true } });
  await writeLdapSettings(db, seededSettings);
  teams = {
    payments: (await db.team.create({ data: { name: "Payments", ldapGroupDn: SEEDED.payments } })).id,
    // Written as an administrator might type it: the sync compares DNs, not strings.
    search: (await db.team.create({ data: { name: "Search", ldapGroupDn: "CN=Search, OU=Groups, dc=wheelhouse,dc=test" } })).id,
    oncall: (await db.team.create({ data: { name: "On call" } })).id,
  };
});
afterEach(() => database.close());

/** Swaps one member of a group for another in one change: groupOfNames needs at least one member. */
async function swapMember(group: string, out: string, into: string) {
  const admin = await directoryAdmin();
  try {
    await admin.modify(group, [
      new Change({ operation: "add", modification: new Attribute({ type: "member", values: [into] }) }),
      new Change({ operation: "delete", modification: new Attribute({ type: "member", values: [out] }) }),
    ]);
  } finally {
    await admin.unbind();
  }
}

async function teamsOf(username: string) {
  const memberships = await db.teamMember.findMany({ where: { user: { username } }, include: { team: true }, orderBy: { team: { name: "asc" } } });
  return memberships.map((membership) => ({ team: membership.team.name, fromDirectory: membership.fromDirectory }));
}

describe("signing in with the directory", () => {
  it("creates a directory user from alice's entry and puts her in the team mapped to her group", async () => {
    await expect(login("alice", SEEDED.alice.password)).resolves.toEqual({ username: "alice" });
    expect(await db.user.findUnique({ where: { username: "alice" } })).toMatchObject({
      source: "ldap",
      passwordHash: null,
      ldapDn: SEEDED.alice.dn,
      displayName: "Alice Archer",
      email: "alice@wheelhouse.test",
    });
    expect(await teamsOf("alice")).toEqual([{ team: "Payments", fromDirectory: true }]);
  });

  it("matches a group DN written with other case and spacing", async () => {
    await login("bob", SEEDED.bob.password);
    expect(await teamsOf("bob")).toEqual([{ team: "Search", fromDirectory: true }]);
  });

  it("refuses a wrong password and an empty one, and creates no user", async () => {
    await expect(login("alice", "not her password")).rejects.toMatchObject(refused);
    // An empty password would be an anonymous bind, which the server accepts.
    expect(await authenticate(db, "alice", "")).toBeNull();
    expect(await db.user.count({ where: { source: "ldap" } })).toBe(0);
  });

  it("escapes filter syntax in the username, so it cannot match another entry", async () => {
    for (const username of ["*)(uid=*", "*", "alice)(|(uid=*", "al*"]) {
      await expect(login(username, SEEDED.alice.password)).rejects.toMatchObject(refused);
    }
    expect(await db.user.count({ where: { source: "ldap" } })).toBe(0);
  });

  // Carol stands in for alice meanwhile; other test files read only alice's entry and bob's groups.
  it("removes the membership the sync made when the directory drops alice from the group", async () => {
    await login("alice", SEEDED.alice.password);
    expect(await teamsOf("alice")).toEqual([{ team: "Payments", fromDirectory: true }]);
    await swapMember(SEEDED.payments, SEEDED.alice.dn, SEEDED.carol.dn);
    try {
      await login("alice", SEEDED.alice.password);
      expect(await teamsOf("alice")).toEqual([]);
    } finally {
      await swapMember(SEEDED.payments, SEEDED.carol.dn, SEEDED.alice.dn);
    }
  });

  it("keeps memberships an administrator added, mapped team or not", async () => {
    await login("alice", SEEDED.alice.password);
    const alice = await db.user.findUniqueOrThrow({ where: { username: "alice" } });
    await db.teamMember.createMany({ data: [{ teamId: teams.search, userId: alice.id }, { teamId: teams.oncall, userId: alice.id }] });
    await login("alice", SEEDED.alice.password);
    expect(await teamsOf("alice")).toEqual([
      { team: "On call", fromDirectory: false },
      { team: "Payments", fromDirectory: true },
      { team: "Search", fromDirectory: false },
    ]);
  });

  it("does not take over a local account with the same username", async () => {
    await db.user.create({ data: { username: "bob", passwordHash: await hashPassword("bob's local passphrase") } });
    await expect(login("bob", SEEDED.bob.password)).rejects.toMatchObject(refused);
    await expect(login("bob", "bob's local passphrase")).resolves.toEqual({ username: "bob" });
    expect(await db.user.findUniqueOrThrow({ where: { username: "bob" } })).toMatchObject({ source: "local", ldapDn: null });
  });

  it("keeps refusing a disabled directory user", async () => {
    await login("alice", SEEDED.alice.password);
    await db.user.update({ where: { username: "alice" }, data: { disabled: true } });
    await expect(login("alice", SEEDED.alice.password)).rejects.toMatchObject(refused);
  });

  it("refuses directory users when directory sign-in is turned off", async () => {
    await login("alice", SEEDED.alice.password);
    await writeLdapSettings(db, { ...seededSettings, enabled: false });
    await expect(login("alice", SEEDED.alice.password)).rejects.toMatchObject(refused);
  });

  it("tells directory users the directory is down, while local accounts still sign in", async () => {
    await writeLdapSettings(db, { ...seededSettings, url: "ldap://127.0.0.1:1", timeoutMs: 1_000 });
    await expect(login("alice", SEEDED.alice.password)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE", message: DIRECTORY_UNAVAILABLE });
    await expect(login("admin", "a sound passphrase")).resolves.toEqual({ username: "admin" });
  });
});
