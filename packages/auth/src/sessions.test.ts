import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSession, endSession, resolveSession } from "./sessions.ts";
import { issueSetupCode, retireSetupCode, setupCodeMatches } from "./setup-code.ts";

const policy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 };
let database: OpenedTestDatabase;
let db: Database;

beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterEach(() => database.close());

const addUser = () => db.user.create({ data: { username: "ada", passwordHash: "x" } });
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("sessions", () => {
  it("resolves a fresh session to its user and stores only the token's hash", async () => {
    const user = await addUser();
    const { token } = await createSession(db, user.id, policy);
    expect((await resolveSession(db, token, policy))?.user.id).toBe(user.id);
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
  });

  it("ends a session idle for longer than the idle limit", async () => {
    const user = await addUser();
    const { token } = await createSession(db, user.id, policy);
    expect(await resolveSession(db, token, policy, minutes(29))).not.toBeNull();
    expect(await resolveSession(db, token, policy, minutes(29 + 31))).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("ends a session at its absolute limit even when in use", async () => {
    const user = await addUser();
    const { token } = await createSession(db, user.id, policy);
    for (let m = 25; m < 12 * 60; m += 25) expect(await resolveSession(db, token, policy, minutes(m))).not.toBeNull();
    expect(await resolveSession(db, token, policy, minutes(12 * 60 + 1))).toBeNull();
  });

  it("refuses sessions of a disabled user and ended sessions", async () => {
    const user = await addUser();
    const first = await createSession(db, user.id, policy);
    const second = await createSession(db, user.id, policy);
    const resolved = await resolveSession(db, first.token, policy);
    await endSession(db, resolved!.sessionId);
    expect(await resolveSession(db, first.token, policy)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await resolveSession(db, second.token, policy)).toBeNull();
  });
});

describe("setup code", () => {
  it("is issued only while no user exists, and only the latest one matches", async () => {
    const first = await issueSetupCode(db);
    const second = await issueSetupCode(db);
    expect(first).not.toBeNull();
    expect(await setupCodeMatches(db, first!)).toBe(false);
    expect(await setupCodeMatches(db, second!)).toBe(true);
    await retireSetupCode(db);
    expect(await setupCodeMatches(db, second!)).toBe(false);
    await addUser();
    expect(await issueSetupCode(db)).toBeNull();
  });
});
