import { DEFAULT_SESSION_POLICY, issueSetupCode, resolveSession } from "@wheelhouse/auth";
import { migrate, openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase, type TestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../root.ts";
import { testContext, type CookieJar } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);
let database: TestDatabase;
let db: Database;
let setupCode: string;

beforeEach(async () => {
  database = createTestSqliteDatabase();
  await migrate(database.url);
  db = openDatabase(database.url);
  setupCode = (await issueSetupCode(db))!;
});
afterEach(async () => {
  await db.$disconnect();
  await database.drop();
});

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
