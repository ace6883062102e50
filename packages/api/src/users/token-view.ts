/** How an API token is shown to its owner: never the token itself, which exists only at creation. */
import type { Database } from "@wheelhouse/db";

export type TokenState = "active" | "expired" | "revoked";

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** The role the token is narrowed to, or null when it carries all its user's permissions. */
  role: { id: string; name: string } | null;
  state: TokenState;
}

export async function apiTokensOf(db: Database, userId: string, now = new Date()): Promise<ApiTokenView[]> {
  const tokens = await db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, include: { role: { select: { id: true, name: true } } } });
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
    role: t.role,
    state: t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "active",
  }));
}
