/**
 * A user's sessions that still work: expired rows linger until their cookie is next presented
 * (resolveSession deletes them then), so "live" is decided here with the same policy.
 */
import type { SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";

export function liveSessionWhere(policy: SessionPolicy, now = new Date()) {
  return { expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - policy.idleMs) } };
}

export interface SessionView {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
}

export async function liveSessions(db: Database, userId: string, policy: SessionPolicy): Promise<SessionView[]> {
  return db.session.findMany({
    where: { userId, ...liveSessionWhere(policy) },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, ipAddress: true, userAgent: true },
  });
}
