import { readLdapSettings, writeLdapSettings } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { directoryAdmin, SEEDED, seededSettings } from "../sign-in/seeded-directory.ts";
import { signedInContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;
let caller: ReturnType<typeof createCaller>;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  await (await directoryAdmin()).unbind();
  const admin = await db.user.create({ data: { username: "admin", passwordHash: "x", isAdmin: true } });
  caller = createCaller(await signedInContext(db, admin));
});
afterEach(() => database.close());

describe("directory settings", () => {
  it("start from defaults, turned off", async () => {
    const { saved, settings } = await caller.directory.settings();
    expect(saved).toBe(false);
    expect(settings).toMatchObject({ enabled: false, userFilter: "(uid={username})", bindPasswordSet: false });
  });

  it("never return the service password, and keep it when the field is left empty", async () => {
    await caller.directory.update(seededSettings);
    const { settings } = await caller.directory.settings();
    expect(settings).not.toHaveProperty("bindPassword");
    expect(settings.bindPasswordSet).toBe(true);
    await caller.directory.update({ ...seededSettings, bindPassword: "", userFilter: "(&(objectClass=inetOrgPerson)(uid={username}))" });
    expect(await readLdapSettings(db)).toMatchObject({ bindPassword: SEEDED.adminPassword, userFilter: "(&(objectClass=inetOrgPerson)(uid={username}))" });
  });

  it("refuse bad input and change nothing", async () => {
    await caller.directory.update(seededSettings);
    await expect(caller.directory.update({ ...seededSettings, url: "http://ldap.example" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("ldap://") });
    await expect(caller.directory.update({ ...seededSettings, userFilter: "(uid=alice)" })).rejects.toMatchObject({ message: expect.stringContaining("{username}") });
    await expect(caller.directory.update({ ...seededSettings, url: "ldaps://ldap.example", startTls: true })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await readLdapSettings(db)).toEqual(seededSettings);
  });

  it("need a service password before directory sign-in is turned on", async () => {
    await expect(caller.directory.update({ ...seededSettings, bindPassword: "" })).rejects.toMatchObject({ message: "bindPassword: Enter the service account's password." });
    expect(await readLdapSettings(db)).toBeNull();
  });
});

describe("testing the connection", () => {
  it("binds, finds the sample user and lists its groups", async () => {
    const result = await caller.directory.test({ settings: seededSettings, username: "bob" });
    expect(result.ok).toBe(true);
    expect(result.user).toEqual({ dn: SEEDED.bob.dn, username: "bob", displayName: "Bob Baker", email: "bob@wheelhouse.test", groupDns: [SEEDED.search] });
  });

  it("uses the saved password when the form's is empty, and says in words what failed", async () => {
    await writeLdapSettings(db, seededSettings);
    expect((await caller.directory.test({ settings: { ...seededSettings, bindPassword: "" } })).ok).toBe(true);
    const wrong = await caller.directory.test({ settings: { ...seededSettings, bindPassword: "wrong" }, username: "alice" });
    expect(wrong).toMatchObject({ ok: false, user: null, steps: [{ ok: false, text: `${SEEDED.url} refused the service account ${SEEDED.adminDn}: wrong DN or password.` }] });
    const missing = await caller.directory.test({ settings: seededSettings, username: "zed" });
    expect(missing.ok).toBe(false);
    expect(missing.steps.at(-1)?.text).toContain("No entry under ou=people");
  });
});

describe("syncing teams now", () => {
  it("brings every directory user's mapped teams in line", async () => {
    await writeLdapSettings(db, seededSettings);
    const search = await db.team.create({ data: { name: "Search", ldapGroupDn: SEEDED.search } });
    const bob = await db.user.create({ data: { username: "bob", source: "ldap", ldapDn: SEEDED.bob.dn } });
    await expect(caller.directory.syncTeams()).resolves.toEqual({ users: 1, added: 1, removed: 0 });
    expect(await db.teamMember.findMany({ where: { userId: bob.id } })).toMatchObject([{ teamId: search.id, fromDirectory: true }]);
    expect(await caller.directory.mappedTeams()).toEqual([{ id: search.id, name: "Search", ldapGroupDn: SEEDED.search, directoryMembers: 1 }]);
  });

  it("is refused while directory sign-in is off", async () => {
    await expect(caller.directory.syncTeams()).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
