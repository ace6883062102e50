/**
 * Same-origin checks for state-changing requests and websocket upgrades. Browsers always send
 * Origin on those; a request from another site's page is refused even though it carries our cookie.
 */
import type { IncomingMessage } from "node:http";

export function isSameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // not a browser (scripts, agents): cookies are not sent implicitly
  const host = req.headers.host;
  try {
    const { host: originHost } = new URL(origin);
    return originHost === host || origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
