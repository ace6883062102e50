/**
 * Browser sessions: a random token in an httpOnly cookie, its hash in the database. A session ends
 * after `idleMs` without use or `absoluteMs` after sign-in, whichever comes first.
 */
import type { Database, User } from "@wheelhouse/db";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

// Writing lastSeenAt on every request would turn each read into a write; a minute's slack is harmless.
const TOUCH_AFTER_MS = 60_000;

export interface SessionMeta {
  ipAddress?: string;
  userAgent?: string;
}

export async function createSession(db: Database, userId: string, policy: SessionPolicy, meta: SessionMeta = {}) {
  const token = newToken();
  const now = new Date();
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteMs),
      ipAddress: meta.ipAddress?.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 256),
    },
  });
  return { token, maxAgeSeconds: Math.floor(policy.absoluteMs / 1000) };
}

export interface ResolvedSession {
  sessionId: string;
  user: User;
}

/**
 * The signed-in user for a cookie token, or null when the session is unknown, expired or disabled.
 * A use by the person counts as activity; a check that they are still allowed (`touch: false`)
 * must not, or an open tab would keep its session alive for ever.
 */
export async function resolveSession(db: Database, token: string, policy: SessionPolicy, now = new Date(), options: { touch?: boolean } = {}): Promise<ResolvedSession | null> {
  const id = hashToken(token);
  const session = await db.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleFor > policy.idleMs || session.user.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (options.touch !== false && idleFor > TOUCH_AFTER_MS) {
    await db.session.update({ where: { id }, data: { lastSeenAt: now } });
  }
  return { sessionId: id, user: session.user };
}

export async function endSession(db: Database, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
