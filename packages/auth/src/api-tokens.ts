/**
 * API tokens for scripts: "wh_" and 43 random characters, sent as `Authorization: Bearer`. Only
 * the SHA-256 is stored. A token stops working when revoked, when it expires, or when its user is
 * disabled; with a role, it carries no more than that role's permissions.
 */
import type { Database, User } from "@wheelhouse/db";
import { parsePermissions, type Permission } from "./rbac/index.ts";
import { hashToken, newToken } from "./tokens.ts";

export const API_TOKEN_PREFIX = "wh_";

// As with sessions, recording every use would turn each read into a write.
const TOUCH_AFTER_MS = 60_000;

export function newApiToken(): { token: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  return { token, tokenHash: hashToken(token) };
}

export interface ResolvedApiToken {
  tokenId: string;
  user: User;
  /** The permissions of the token's role, or null when the token may do all its user may. */
  narrowTo: Permission[] | null;
}

export async function resolveApiToken(db: Database, token: string, now = new Date()): Promise<ResolvedApiToken | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true, role: true } });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabled) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, user: row.user, narrowTo: row.role ? parsePermissions(row.role.permissions) : null };
}
