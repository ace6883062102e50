import { DEFAULT_SESSION_POLICY, createSession, hashPassword, resolveApiToken, resolveSession, verifyPassword } from "@wheelhouse/auth";
import type { Database, User } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authorizerFor } from "../policy.ts";
import { appRouter } from "../root.ts";
import { testContext, type CookieJar } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;
let ana: User;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  ana = await db.user.create({ data: { username: "ana", passwordHash: await hashPassword("a sound passphrase") } });
});
afterEach(() => database.close());

/** Ana in a browser: a real session, and the jar its cookie lands in. */
async function inBrowser(jar: CookieJar = { token: null }) {
  const { token } = await createSession(db, ana.id, DEFAULT_SESSION_POLICY);
  const session = await resolveSession(db, token, DEFAULT_SESSION_POLICY);
  jar.token = token;
  return { caller: createCaller(testContext(db, { session, jar })), sessionId: session!.sessionId, jar };
}

async function withToken(token: string) {
  return createCaller({ ...testContext(db), apiToken: await resolveApiToken(db, token) });
}

describe("my sessions", () => {
  it("lists mine, marks the current one, and ends one or all", async () => {
    const other = await inBrowser();
    const { caller, sessionId, jar } = await inBrowser();
    const sessions = await caller.account.sessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)?.id).toBe(sessionId);
    await caller.account.endSession({ sessionId: other.sessionId });
    expect(await db.session.count()).toBe(1);
    await expect(caller.account.endSession({ sessionId: other.sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await caller.account.endAllSessions();
    expect(await db.session.count()).toBe(0);
    expect(jar.token).toBeNull();
  });

  it("cannot end someone else's session", async () => {
    const bob = await db.user.create({ data: { username: "bob", passwordHash: "x" } });
    await createSession(db, bob.id, DEFAULT_SESSION_POLICY);
    const bobs = await db.session.findFirstOrThrow({ where: { userId: bob.id } });
    const { caller } = await inBrowser();
    await expect(caller.account.endSession({ sessionId: bobs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.session.count({ where: { userId: bob.id } })).toBe(1);
  });
});

describe("changing my password", () => {
  it("needs the current password and a good new one, and ends my other sessions only", async () => {
    await inBrowser();
    const { caller, sessionId } = await inBrowser();
    await expect(caller.account.changePassword({ currentPassword: "wrong one", newPassword: "another passphrase" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your current password is not right.",
    });
    await expect(caller.account.changePassword({ currentPassword: "a sound passphrase", newPassword: "ana-ana-ana-1" })).rejects.toMatchObject({
      message: "Do not include the username.",
    });
    expect(await db.session.count()).toBe(2);
    await caller.account.changePassword({ currentPassword: "a sound passphrase", newPassword: "another passphrase" });
    expect((await db.session.findMany()).map((s) => s.id)).toEqual([sessionId]);
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: ana.id } })).passwordHash!, "another passphrase")).toBe(true);
  });

  it("is for local accounts only", async () => {
    await db.user.update({ where: { id: ana.id }, data: { source: "ldap" } });
    const { caller } = await inBrowser();
    await expect(caller.account.changePassword({ currentPassword: "a sound passphrase", newPassword: "another passphrase" })).rejects.toMatchObject({ message: /directory/ });
  });
});

describe("API tokens", () => {
  it("are shown once and stored only as a hash", async () => {
    const { caller } = await inBrowser();
    const created = await caller.account.createApiToken({ name: "ci", expiresInDays: 30, roleId: null });
    expect(created.token).toMatch(/^wh_[A-Za-z0-9_-]{40,}$/);
    expect(created.exampleUrl).toBe("http://localhost:3000/api/trpc/nodes.list");
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));
    const listed = await caller.account.apiTokens();
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: "ci", role: null, state: "active" })]);
    expect(JSON.stringify(listed)).not.toContain(created.token.slice(3));
    expect((await resolveApiToken(db, created.token))?.user.id).toBe(ana.id);
  });

  it("with a narrower role do no more than the role allows", async () => {
    await db.user.update({ where: { id: ana.id }, data: { isAdmin: true } });
    const viewOnly = await db.role.create({ data: { name: "View Only", permissions: JSON.stringify(["node.view", "container.view"]) } });
    const { caller } = await inBrowser();
    const { token } = await caller.account.createApiToken({ name: "dashboard", expiresInDays: null, roleId: viewOnly.id });
    const resolved = (await resolveApiToken(db, token))!;
    const access = await authorizerFor(db, resolved.user, resolved.narrowTo);
    expect(access.isAdmin).toBe(false);
    expect(access.holds("node.view")).toBe(true);
    expect(access.holds("container.operate")).toBe(false);
    const scripted = await withToken(token);
    await expect(scripted.users.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await scripted.account.me()).viaApiToken).toBe(true);
  });

  it("stop resolving when revoked or expired", async () => {
    const { caller } = await inBrowser();
    const revoked = await caller.account.createApiToken({ name: "old", expiresInDays: 7, roleId: null });
    await caller.account.revokeApiToken({ id: revoked.id });
    expect(await resolveApiToken(db, revoked.token)).toBeNull();
    await expect(caller.account.revokeApiToken({ id: revoked.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const expiring = await caller.account.createApiToken({ name: "short", expiresInDays: 7, roleId: null });
    expect(await resolveApiToken(db, expiring.token, new Date(Date.now() + 8 * 24 * 60 * 60_000))).toBeNull();
    await db.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await caller.account.apiTokens()).map((t) => [t.name, t.state])).toEqual([
      ["short", "expired"],
      ["old", "revoked"],
    ]);
    // An expired or revoked name may be used again.
    await caller.account.createApiToken({ name: "old", expiresInDays: 7, roleId: null });
    await expect(caller.account.createApiToken({ name: "old", expiresInDays: 7, roleId: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("cannot make tokens or change the password, nor touch another user's tokens", async () => {
    const { caller } = await inBrowser();
    const { token, id } = await caller.account.createApiToken({ name: "ci", expiresInDays: 90, roleId: null });
    const scripted = await withToken(token);
    await expect(scripted.account.createApiToken({ name: "copy", expiresInDays: null, roleId: null })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("Create API tokens from a browser session") as string,
    });
    await expect(scripted.account.changePassword({ currentPassword: "a sound passphrase", newPassword: "another passphrase" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.apiToken.count()).toBe(1);

    const bob = await db.user.create({ data: { username: "bob", passwordHash: "x" } });
    const { token: bobsSession } = await createSession(db, bob.id, DEFAULT_SESSION_POLICY);
    const asBob = createCaller(testContext(db, { session: await resolveSession(db, bobsSession, DEFAULT_SESSION_POLICY) }));
    await expect(asBob.account.revokeApiToken({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asBob.account.apiTokens()).toEqual([]);
    expect(await resolveApiToken(db, token)).not.toBeNull();
  });
});
