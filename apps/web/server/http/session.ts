/** The signed-in session behind a request's cookie, for tRPC calls and socket handshakes alike; or the API token it carries. */
import type { IncomingMessage } from "node:http";
import { resolveApiToken, resolveSession, type ResolvedApiToken, type ResolvedSession, type SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { readCookie, SESSION_COOKIE } from "./cookies.ts";

export async function sessionOf(req: IncomingMessage, db: Database, policy: SessionPolicy, options: { touch?: boolean } = {}): Promise<ResolvedSession | null> {
  const token = readCookie(req, SESSION_COOKIE);
  return token ? resolveSession(db, token, policy, new Date(), options) : null;
}

/** The API token in `Authorization: Bearer <token>`, if the request carries a live one. */
export async function apiTokenOf(req: IncomingMessage, db: Database): Promise<ResolvedApiToken | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1] ? resolveApiToken(db, match[1]) : null;
}
