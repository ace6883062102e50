/**
 * The address a request came from, for sessions, the sign-in throttle and the audit log. Behind a
 * reverse proxy every request comes from the proxy, so with `trustProxy` the address is the last
 * X-Forwarded-For entry: the one our proxy added, which a client cannot forge (entries to its left can be).
 */
import type { IncomingMessage } from "node:http";

export function clientAddress(req: IncomingMessage, trustProxy: boolean): { ip: string; userAgent?: string } {
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",").at(-1)?.trim() : undefined;
  return { ip: forwarded || req.socket.remoteAddress || "unknown", userAgent: req.headers["user-agent"]?.slice(0, 256) };
}
