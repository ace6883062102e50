/**
 * A real control plane for integration tests: fresh SQLite database, ephemeral port, the local
 * agent attached to the real Docker Engine, no UI. Also a tiny tRPC-over-HTTP client with a cookie jar.
 */
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { loadConfig } from "../config.ts";
import { startControlPlane, type ControlPlane } from "../control-plane.ts";
import { createLogger } from "../logger.ts";

export async function startTestPlane(env: Record<string, string> = {}): Promise<ControlPlane & { drop(): Promise<void> }> {
  const database = createTestSqliteDatabase();
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", DATABASE_URL: database.url, ...env });
  const plane = await startControlPlane({ ...config, publicUrl: "http://127.0.0.1" }, quietLogger(), { ui: false });
  return {
    ...plane,
    async drop() {
      await plane.close();
      await database.drop();
    },
  };
}

function quietLogger() {
  const log = createLogger("test");
  return { ...log, info: () => undefined, child: () => quietLogger() };
}

/** Calls tRPC procedures over HTTP as a browser would, keeping the session cookie. */
export class ApiClient {
  cookie = "";
  constructor(private readonly baseUrl: string) {}

  async query(path: string, input?: unknown) {
    const url = `${this.baseUrl}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input ?? null }))}`;
    return this.send(await fetch(url, { headers: this.headers() }));
  }

  async mutate(path: string, input?: unknown) {
    const res = await fetch(`${this.baseUrl}/api/trpc/${path}`, {
      method: "POST",
      headers: { ...this.headers(), "content-type": "application/json" },
      body: JSON.stringify({ json: input ?? null }),
    });
    return this.send(res);
  }

  private headers(): Record<string, string> {
    return this.cookie ? { cookie: this.cookie } : {};
  }

  private async send(res: Response) {
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: { message: string; data: { code: string; appCode?: string } } } };
    return { status: res.status, data: body.result?.data.json, error: body.error?.json };
  }
}
