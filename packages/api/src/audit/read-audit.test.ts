import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { AuditFilter } from "./audit-filter.ts";
import { readAuditBatches } from "./read-audit.ts";

let database: OpenedTestDatabase;
let db: Database;
beforeEach(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterEach(() => database.close());

it("reads every matching event once, newest first, a bounded batch at a time", async () => {
  await db.auditEvent.createMany({ data: Array.from({ length: 1_203 }, (_, i) => ({ ip: "10.0.0.1", action: "bulk.add", outcome: i % 3 === 0 ? "denied" : "allowed" })) });
  const sizes: number[] = [];
  const ids: number[] = [];
  for await (const batch of readAuditBatches(db, AuditFilter.parse({ outcome: "allowed" }), 300)) {
    sizes.push(batch.length);
    ids.push(...batch.map((event) => event.id));
  }
  expect(sizes).toEqual([300, 300, 202]);
  expect(new Set(ids).size).toBe(802);
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
});
