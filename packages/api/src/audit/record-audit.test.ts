import type { Database, Provider } from "@wheelhouse/db";
import { createTestPostgresDatabase, createTestSqliteDatabase, type OpenedTestDatabase, openTestDatabase, type TestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "./record-audit.ts";

const create: Record<Provider, () => Promise<TestDatabase>> = {
  sqlite: async () => createTestSqliteDatabase(),
  postgresql: createTestPostgresDatabase,
};

describe.each(["sqlite", "postgresql"] as const)("the audit log on %s", (provider) => {
  let database: OpenedTestDatabase;
  let db: Database;
  beforeEach(async () => {
    database = await openTestDatabase(create[provider]);
    db = database.db;
  });
  afterEach(() => database.close());

  it("takes new rows and refuses to change or remove any", async () => {
    await recordAudit(db, { username: "ada", ip: "10.0.0.1", action: "services.scale", target: "serviceId=web", outcome: "allowed" });
    const [row] = await db.auditEvent.findMany();
    // The trigger's message reaches the caller, except from SQLite's deleteMany, which Prisma
    // reports as a constraint violation; the row left intact is what matters.
    const refused = /append-only/;
    await expect(db.auditEvent.update({ where: { id: row!.id }, data: { outcome: "denied" } })).rejects.toThrow(refused);
    await expect(db.auditEvent.updateMany({ data: { username: "someone else" } })).rejects.toThrow(refused);
    await expect(db.auditEvent.delete({ where: { id: row!.id } })).rejects.toThrow(refused);
    await expect(db.auditEvent.deleteMany()).rejects.toThrow(provider === "sqlite" ? /constraint/i : refused);
    expect(await db.auditEvent.findMany()).toEqual([row]);
  });
});
