/**
 * Reads the audit log newest first, by keyset on the ID (which only grows), so a page costs the
 * same however deep the reader has scrolled and rows appended meanwhile never shift a page.
 */
import type { Database } from "@wheelhouse/db";
import { auditWhere, type AuditFilter } from "./audit-filter.ts";

const EVENT_FIELDS = { id: true, at: true, userId: true, username: true, ip: true, action: true, target: true, outcome: true, detail: true } as const;

export async function readAuditPage(db: Database, filter: AuditFilter, page: { cursor?: number; limit: number }) {
  const rows = await db.auditEvent.findMany({
    where: { ...auditWhere(filter), ...(page.cursor === undefined ? {} : { id: { lt: page.cursor } }) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: EVENT_FIELDS,
  });
  const events = rows.slice(0, page.limit);
  return { events, nextCursor: rows.length > page.limit ? events.at(-1)?.id : undefined };
}
export type AuditEventView = Awaited<ReturnType<typeof readAuditPage>>["events"][number];

/** Every matching event, a batch at a time, for exports that must not hold the whole log in memory. */
export async function* readAuditBatches(db: Database, filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditEventView[]> {
  let cursor: number | undefined;
  do {
    const page = await readAuditPage(db, filter, { cursor, limit: batchSize });
    if (page.events.length > 0) yield page.events;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** The actions and usernames the log holds, for the audit page's filter suggestions. */
export async function readAuditFacets(db: Database) {
  const [actions, usernames] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" }, take: 1_000 }),
    db.auditEvent.groupBy({ by: ["username"], where: { username: { not: null } }, orderBy: { username: "asc" }, take: 1_000 }),
  ]);
  return { actions: actions.map((row) => row.action), usernames: usernames.flatMap((row) => (row.username ? [row.username] : [])) };
}
