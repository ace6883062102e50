import { DEFAULT_SESSION_POLICY, createSession, verifyPassword } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { createTestPostgresDatabase, createTestSqliteDatabase, type OpenedTestDatabase, openTestDatabase, type TestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { signedInContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;

async function open(create: () => TestDatabase | Promise<TestDatabase>) {
  database = await openTestDatabase(create);
  db = database.db;
}
afterEach(() => database.close());

const callerFor = async (user: { id: string }) => createCaller(await signedInContext(db, user));
const makeUser = (username: string, extra: { isAdmin?: boolean; disabled?: boolean; source?: string } = {}) => db.user.create({ data: { username, passwordHash: "x", ...extra } });

describe("users administration", () => {
  beforeEach(() => open(createTestSqliteDatabase));

  it("is refused to users who are not administrators, and changes nothing", async () => {
    const ana = await makeUser("ana");
    const bob = await makeUser("bob", { isAdmin: true });
    const caller = await callerFor(ana);
    await expect(caller.users.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.users.create({ username: "eve", password: "a sound passphrase" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.users.update({ id: bob.id, isAdmin: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.users.delete({ id: bob.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count()).toBe(2);
    expect(await db.user.findUnique({ where: { id: bob.id } })).toMatchObject({ isAdmin: true });
  });

  it("creates a local user whose password meets the rules, and refuses a weak one or a taken name", async () => {
    const admin = await callerFor(await makeUser("root", { isAdmin: true }));
    await expect(admin.users.create({ username: "ana", password: "ana-ana-ana-1" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Do not include the username." });
    await expect(admin.users.create({ username: "ana", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: /at least 10 characters/ });
    await expect(admin.users.create({ username: "-ana", password: "a sound passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.user.count()).toBe(1);

    await admin.users.create({ username: "ana", password: "a sound passphrase", email: "ana@example.com" });
    const ana = await db.user.findUniqueOrThrow({ where: { username: "ana" } });
    expect(ana).toMatchObject({ source: "local", isAdmin: false, email: "ana@example.com" });
    expect(await verifyPassword(ana.passwordHash!, "a sound passphrase")).toBe(true);
    await expect(admin.users.create({ username: "ana", password: "another passphrase" })).rejects.toMatchObject({ code: "CONFLICT", message: "A user named ana exists already." });
  });

  it("lists users with their teams and live sessions", async () => {
    const root = await makeUser("root", { isAdmin: true });
    const ana = await makeUser("ana");
    const team = await db.team.create({ data: { name: "ops", members: { create: { userId: ana.id } } } });
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
    // An idle session that has not been swept yet does not count.
    await db.session.create({ data: { id: "stale", userId: ana.id, lastSeenAt: new Date(Date.now() - 2 * DEFAULT_SESSION_POLICY.idleMs), expiresAt: new Date(Date.now() + 60_000) } });
    const list = await (await callerFor(root)).users.list();
    expect(list.find((u) => u.username === "ana")).toMatchObject({ teams: [{ id: team.id, name: "ops" }], activeSessions: 1, isYou: false });
    expect(list.find((u) => u.username === "root")).toMatchObject({ isAdmin: true, isYou: true, activeSessions: 1 });
  });

  it("ends a user's sessions when disabling them, and leaves their other records alone", async () => {
    const root = await makeUser("root", { isAdmin: true });
    const ana = await makeUser("ana");
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
    await db.apiToken.create({ data: { userId: ana.id, name: "ci", tokenHash: "h" } });
    await (await callerFor(root)).users.update({ id: ana.id, disabled: true });
    expect(await db.session.count({ where: { userId: ana.id } })).toBe(0);
    expect(await db.apiToken.findFirstOrThrow({ where: { userId: ana.id } })).toMatchObject({ revokedAt: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ disabled: true });
  });

  it("lets no administrator disable, demote or delete themselves", async () => {
    const root = await makeUser("root", { isAdmin: true });
    await makeUser("other", { isAdmin: true });
    const caller = await callerFor(root);
    await expect(caller.users.update({ id: root.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT", message: "You cannot disable your own account; ask another administrator." });
    await expect(caller.users.update({ id: root.id, isAdmin: false })).rejects.toMatchObject({ code: "CONFLICT", message: /your own administrator rights/ });
    await expect(caller.users.delete({ id: root.id })).rejects.toMatchObject({ code: "CONFLICT", message: /your own account/ });
    expect(await db.user.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({ isAdmin: true, disabled: false });
  });

  it("keeps the last enabled administrator, even against a request made while there were two", async () => {
    const ana = await makeUser("ana", { isAdmin: true });
    const bob = await makeUser("bob", { isAdmin: true });
    const asAna = await callerFor(ana);
    // Bob's request was authorized while he was still an administrator.
    const asBob = await callerFor(bob);
    await asAna.users.update({ id: bob.id, isAdmin: false });
    const refusal = { code: "CONFLICT", message: "ana is the last enabled administrator and cannot be made a regular user. Make another user an administrator first." };
    await expect(asBob.users.update({ id: ana.id, isAdmin: false })).rejects.toMatchObject(refusal);
    await expect(asBob.users.update({ id: ana.id, disabled: true })).rejects.toMatchObject({ code: "CONFLICT", message: /cannot be disabled/ });
    await expect(asBob.users.delete({ id: ana.id })).rejects.toMatchObject({ code: "CONFLICT", message: /cannot be deleted/ });
    expect(await db.user.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ isAdmin: true, disabled: false });
  });

  it("sets passwords of local users only, and unlocks", async () => {
    const root = await callerFor(await makeUser("root", { isAdmin: true }));
    const ana = await db.user.create({ data: { username: "ana", passwordHash: "x", failedLogins: 5, lockedUntil: new Date(Date.now() + 60_000) } });
    const dir = await makeUser("dir", { source: "ldap" });
    await expect(root.users.setPassword({ id: ana.id, password: "weak" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(root.users.setPassword({ id: dir.id, password: "a sound passphrase" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: /directory/ });
    await root.users.setPassword({ id: ana.id, password: "a sound passphrase" });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: ana.id } })).passwordHash!, "a sound passphrase")).toBe(true);

    await db.user.update({ where: { id: ana.id }, data: { failedLogins: 5, lockedUntil: new Date(Date.now() + 60_000) } });
    await root.users.unlock({ id: ana.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it("lists and revokes a user's sessions one at a time or all at once", async () => {
    const root = await callerFor(await makeUser("root", { isAdmin: true }));
    const ana = await makeUser("ana");
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY, { ipAddress: "10.0.0.1", userAgent: "Firefox" });
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
    await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
    const sessions = await root.users.sessions({ id: ana.id });
    expect(sessions).toHaveLength(3);
    expect(sessions.some((s) => s.ipAddress === "10.0.0.1" && s.userAgent === "Firefox")).toBe(true);
    await root.users.revokeSessions({ id: ana.id, sessionId: sessions[0]!.id });
    expect(await root.users.sessions({ id: ana.id })).toHaveLength(2);
    expect(await root.users.revokeSessions({ id: ana.id })).toEqual({ ended: 2 });
    expect(await root.users.sessions({ id: ana.id })).toEqual([]);
  });

  it("deletes a user with their memberships, grants and tokens", async () => {
    const root = await callerFor(await makeUser("root", { isAdmin: true }));
    const ana = await makeUser("ana");
    await db.team.create({ data: { name: "ops", members: { create: { userId: ana.id } } } });
    await db.apiToken.create({ data: { userId: ana.id, name: "ci", tokenHash: "h" } });
    await root.users.delete({ id: ana.id });
    expect(await db.teamMember.count()).toBe(0);
    expect(await db.apiToken.count()).toBe(0);
    expect(await db.team.count()).toBe(1);
    await expect(root.users.delete({ id: ana.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("users administration on PostgreSQL", () => {
  beforeEach(() => open(createTestPostgresDatabase));

  it("creates, disables and deletes a user, guarding the last administrator in a transaction", async () => {
    const root = await makeUser("root", { isAdmin: true });
    const asRoot = await callerFor(root);
    const { id } = await asRoot.users.create({ username: "ana", password: "a sound passphrase", isAdmin: true });
    await createSession(db, id, DEFAULT_SESSION_POLICY);
    const asAna = await callerFor({ id });
    await asRoot.users.update({ id, disabled: true });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
    // Ana's request was authorized before she was disabled; the guard still holds.
    await expect(asAna.users.update({ id: root.id, isAdmin: false })).rejects.toMatchObject({ code: "CONFLICT", message: /root is the last enabled administrator/ });
    await asRoot.users.delete({ id });
    expect((await asRoot.users.list()).map((u) => u.username)).toEqual(["root"]);
  });
});
