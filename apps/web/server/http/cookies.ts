/** The session cookie: httpOnly so scripts cannot read it, SameSite=Lax against cross-site requests. */
import type { IncomingMessage, ServerResponse } from "node:http";

export const SESSION_COOKIE = "wh_session";

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function sessionCookie(res: ServerResponse, secure: boolean) {
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  const append = (cookie: string) => {
    const existing = res.getHeader("Set-Cookie");
    res.setHeader("Set-Cookie", [...(Array.isArray(existing) ? existing : existing ? [String(existing)] : []), cookie]);
  };
  return {
    set: (token: string, maxAgeSeconds: number) => append(`${SESSION_COOKIE}=${token}; Max-Age=${maxAgeSeconds}; ${attributes}`),
    clear: () => append(`${SESSION_COOKIE}=; Max-Age=0; ${attributes}`),
  };
}
