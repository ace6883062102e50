/** Appends to the audit log. Rows are never changed afterwards: the database refuses it. */
import type { Database } from "@wheelhouse/db";

export type AuditOutcome = "allowed" | "denied" | "failed";

export interface AuditEntry {
  /** Who acted, when known; an anonymous caller (signing in) is recorded by the name they gave, if any. */
  userId?: string | null;
  username?: string | null;
  ip: string;
  action: string;
  target?: string;
  outcome: AuditOutcome;
  detail?: string;
}

export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      userId: entry.userId ?? null,
      username: entry.username?.slice(0, 128) ?? null,
      ip: entry.ip.slice(0, 64),
      action: entry.action.slice(0, 128),
      target: (entry.target ?? "").slice(0, 512),
      outcome: entry.outcome,
      detail: entry.detail,
    },
  });
}
