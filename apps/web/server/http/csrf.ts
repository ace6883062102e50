/**
 * CSRF defence for requests that change state on the strength of the session cookie: they must
 * carry a custom header. Our pages always send it. A page on another site cannot: forms cannot set
 * headers, and a script's custom header needs a CORS preflight this server never grants. This backs
 * the Origin check up for browsers or proxies that drop Origin. A request with an
 * `Authorization: Bearer` token carries no credential a browser adds by itself, so it is exempt.
 */
import type { IncomingMessage } from "node:http";
import { CSRF_HEADER } from "../../src/lib/csrf-header.ts";
import { readCookie, SESSION_COOKIE } from "./cookies.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function lacksCsrfHeader(req: IncomingMessage): boolean {
  if (SAFE_METHODS.has(req.method ?? "GET")) return false;
  if (/^Bearer\s/i.test(req.headers.authorization ?? "")) return false;
  if (readCookie(req, SESSION_COOKIE) === undefined) return false;
  return req.headers[CSRF_HEADER] === undefined;
}
