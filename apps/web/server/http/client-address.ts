/** The address a request came from, for sessions and (later) the audit log. */
import type { IncomingMessage } from "node:http";

export function clientAddress(req: IncomingMessage): { ip: string; userAgent?: string } {
  return { ip: req.socket.remoteAddress ?? "unknown", userAgent: req.headers["user-agent"]?.slice(0, 256) };
}
