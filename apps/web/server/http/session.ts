/** The signed-in session behind a request's cookie, for tRPC calls and socket handshakes alike. */
import type { IncomingMessage } from "node:http";
import { resolveSession, type ResolvedSession, type SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { readCookie, SESSION_COOKIE } from "./cookies.ts";

export async function sessionOf(req: IncomingMessage, db: Database, policy: SessionPolicy): Promise<ResolvedSession | null> {
  const token = readCookie(req, SESSION_COOKIE);
  return token ? resolveSession(db, token, policy) : null;
}
