/**
 * Spending join tokens on both databases, with many enrollments at once: however they interleave,
 * a token never enrolls more nodes than it allows, and a refused enrollment leaves nothing behind.
 */
import { hashToken } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { createTestPostgresDatabase, createTestSqliteDatabase, type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkJoinToken, enrollNode } from "./enrollment.ts";

const HOUR_MS = 3_600_000;

describe.each([
  ["sqlite", async () => createTestSqliteDatabase()],
  ["postgresql", createTestPostgresDatabase],
] as const)("enrollment on %s", (_, create) => {
  let database: OpenedTestDatabase | undefined;
  let db: Database;
  beforeAll(async () => {
    database = await openTestDatabase(create);
    db = database.db;
  });
  afterAll(() => database?.close());

  const token = (secret: string, data: { maxUses?: number | null; expiresAt?: Date; revokedAt?: Date } = {}) =>
    db.joinToken.create({ data: { tokenHash: hashToken(secret), label: secret, expiresAt: new Date(Date.now() + HOUR_MS), maxUses: 1, ...data } });

  it("lets one of many simultaneous enrollments spend a single-use token", async () => {
    const { id } = await token("single-use-token-for-racing");
    const results = await Promise.all(Array.from({ length: 8 }, (_, n) => enrollNode(db, id, `racer-${n}`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.refusal.code)).toEqual(Array(7).fill("JOIN_TOKEN_USED_UP"));
    expect(await db.node.count({ where: { name: { startsWith: "racer-" } } })).toBe(1);
    expect(await db.joinToken.findUniqueOrThrow({ where: { id } })).toMatchObject({ uses: 1 });
  });

  it("lets exactly three of many simultaneous enrollments spend a three-use token, each under its own name", async () => {
    const { id } = await token("three-use-token-for-racing", { maxUses: 3 });
    const results = await Promise.all(Array.from({ length: 8 }, () => enrollNode(db, id, "worker")));
    const names = results.flatMap((r) => (r.ok ? [r.node.name] : []));
    expect(names.sort()).toEqual(["worker", "worker-2", "worker-3"]);
    expect(await db.joinToken.findUniqueOrThrow({ where: { id } })).toMatchObject({ uses: 3 });
    expect(await db.agentCredential.count({ where: { node: { name: { startsWith: "worker" } } } })).toBe(3);
  });

  it("gives nodes joining at once with different tokens different names", async () => {
    const ids = await Promise.all(["a", "b", "c", "d"].map(async (n) => (await token(`twin-token-${n}-0123456789`)).id));
    const results = await Promise.all(ids.map((id) => enrollNode(db, id, "twin")));
    expect(results.map((r) => (r.ok ? r.node.name : r.refusal.code)).sort()).toEqual(["twin", "twin-2", "twin-3", "twin-4"]);
  });

  it("says why a token cannot enroll, and spends nothing", async () => {
    const expired = await token("expired-token-0123456789", { expiresAt: new Date(Date.now() - 1) });
    const revoked = await token("revoked-token-0123456789", { revokedAt: new Date() });
    expect(await checkJoinToken(db, "expired-token-0123456789")).toMatchObject({ ok: false, refusal: { code: "JOIN_TOKEN_EXPIRED" } });
    expect(await checkJoinToken(db, "revoked-token-0123456789")).toMatchObject({ ok: false, refusal: { code: "JOIN_TOKEN_REVOKED", message: "join token revoked" } });
    expect(await checkJoinToken(db, "never-issued-token-0123")).toMatchObject({ ok: false, refusal: { code: "UNAUTHORIZED" } });
    expect(await enrollNode(db, expired.id, "late")).toMatchObject({ ok: false, refusal: { code: "JOIN_TOKEN_EXPIRED" } });
    expect(await enrollNode(db, revoked.id, "late")).toMatchObject({ ok: false, refusal: { code: "JOIN_TOKEN_REVOKED" } });
    expect(await db.node.count({ where: { name: "late" } })).toBe(0);
    expect(await db.joinToken.findMany({ where: { id: { in: [expired.id, revoked.id] } }, select: { uses: true } })).toEqual([{ uses: 0 }, { uses: 0 }]);
  });
});
