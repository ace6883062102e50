import { DEFAULT_SESSION_POLICY, issueSetupCode, resolveSession } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { createSignInThrottle, type SignInThrottle } from "../sign-in/sign-in-throttle.ts";
import { testContext, type CookieJar } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: OpenedTestDatabase;
let db: Database;
let setupCode: string;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
  setupCode = (await issueSetupCode(db))!;
});
afterEach(() => database.close());

const anonymous = (jar: CookieJar = { token: null }) => createCaller(testContext(db, { jar }));

describe("first-run setup", () => {
  it("needs the setup code from the server log and changes nothing without it", async () => {
    await expect(anonymous().auth.setup({ setupCode: "guess", username: "admin", password: "a sound passphrase" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "That setup code is not the one in the server log.",
    });
    expect(await db.user.count()).toBe(0);
    expect((await anonymous().auth.status()).setupRequired).toBe(true);
  });

  it("rejects a weak password with the reason", async () => {
    await expect(anonymous().auth.setup({ setupCode, username: "admin", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.user.count()).toBe(0);
  });

  it("creates the administrator once, signs them in, and retires the code", async () => {
    const jar: CookieJar = { token: null };
    await anonymous(jar).auth.setup({ setupCode, username: "admin", password: "a sound passphrase" });
    expect(jar.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await db.user.findUnique({ where: { username: "admin" } })).toMatchObject({ isAdmin: true });
    await expect(anonymous().auth.setup({ setupCode, username: "other", password: "a sound passphrase" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count()).toBe(1);
  });
});

describe("sign in", () => {
  beforeEach(async () => {
    await anonymous().auth.setup({ setupCode, username: "admin", password: "a sound passphrase" });
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    const refusal = { code: "UNAUTHORIZED", message: "Wrong username or password." };
    await expect(anonymous().auth.login({ username: "nobody", password: "a sound passphrase" })).rejects.toMatchObject(refusal);
    await expect(anonymous().auth.login({ username: "admin", password: "not the passphrase" })).rejects.toMatchObject(refusal);
  });

  it("sets a session cookie on success and clears it on sign out", async () => {
    const jar: CookieJar = { token: null };
    await anonymous(jar).auth.login({ username: "admin", password: "a sound passphrase" });
    expect(jar.token).not.toBeNull();
    const sessions = await db.session.count();
    const session = await resolveSession(db, jar.token!, DEFAULT_SESSION_POLICY);
    const signedIn = createCaller(testContext(db, { session, jar }));
    expect((await signedIn.auth.status()).user?.username).toBe("admin");
    await signedIn.auth.logout();
    expect(jar.token).toBeNull();
    expect(await db.session.count()).toBe(sessions - 1);
  });
});

describe("guessing passwords", () => {
  const ADMIN = { username: "admin", password: "a sound passphrase" };
  // Generous per-address limits, so these tests reach the account lockout first.
  const throttle = () => createSignInThrottle({ addressAttempts: 100, addressWindowMs: 60_000, lockoutAttempts: 5, lockoutMs: 15 * 60_000 });
  const caller = (signInThrottle: SignInThrottle, ip = "192.0.2.1") => createCaller({ ...testContext(db), signInThrottle, client: { ip } });
  const admin = () => db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const locked = { code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/^This account is locked after too many failed sign-ins; try again after \d\d:\d\d UTC/) };

  beforeEach(async () => {
    await anonymous().auth.setup({ setupCode, ...ADMIN });
  });

  it("locks the account after five wrong passwords in a row, and then refuses even the right one", async () => {
    const guard = throttle();
    for (let i = 0; i < 4; i++) {
      await expect(caller(guard).auth.login({ ...ADMIN, password: `guess number ${i}` })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    expect((await admin()).failedLogins).toBe(4);
    await expect(caller(guard).auth.login({ ...ADMIN, password: "guess number 5" })).rejects.toMatchObject(locked);
    const lockedUntil = (await admin()).lockedUntil!;
    expect(lockedUntil.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    await expect(caller(guard).auth.login(ADMIN)).rejects.toMatchObject(locked);
    // From another address too: the lock is the account's, kept in the database.
    await expect(caller(throttle(), "198.51.100.7").auth.login(ADMIN)).rejects.toMatchObject(locked);
    expect(await db.session.count()).toBe(1);
  });

  it("lets the right password in once the lock has passed, and starts the count again", async () => {
    await db.user.update({ where: { username: "admin" }, data: { failedLogins: 3, lockedUntil: new Date(Date.now() - 1000) } });
    const jar: CookieJar = { token: null };
    await createCaller({ ...testContext(db, { jar }), signInThrottle: throttle() }).auth.login(ADMIN);
    expect(jar.token).not.toBeNull();
    expect(await admin()).toMatchObject({ failedLogins: 0, lockedUntil: null, lastLoginAt: expect.any(Date) });
  });

  it("says nothing of lockout for a username that does not exist", async () => {
    const guard = throttle();
    for (let i = 0; i < 8; i++) {
      await expect(caller(guard).auth.login({ username: "nobody", password: `guess number ${i}` })).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "Wrong username or password." });
    }
    expect(await db.user.count()).toBe(1);
  });

  it("refuses an address that keeps failing, before checking any password, and says when to come back", async () => {
    const guard = createSignInThrottle({ addressAttempts: 3, addressWindowMs: 60_000, lockoutAttempts: 5, lockoutMs: 60_000 });
    for (const username of ["nobody", "someone", "admin"]) {
      await expect(caller(guard).auth.login({ username, password: "a wrong guess" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    await expect(caller(guard).auth.login(ADMIN)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many sign-in attempts from this address; try again in (59|60) seconds\.$/),
    });
    expect((await admin()).failedLogins).toBe(1);
    // Another address is not held back by this one's failures.
    await caller(guard, "198.51.100.7").auth.login(ADMIN);
  });
});
