/**
 * A real control plane for integration tests: fresh SQLite database, ephemeral port, the local
 * agent attached to the real Docker Engine, no UI. Also a tiny tRPC-over-HTTP client with a cookie jar.
 */
import type { NodeView } from "@wheelhouse/api";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { CSRF_HEADER } from "../../src/lib/csrf-header.ts";
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

export const TEST_ADMIN = { username: "admin", password: "a sound passphrase" };

/** Claims a fresh plane with its setup code, as its first visitor would, and returns the signed-in administrator. */
export async function signInAdmin(plane: { url: string; setupCode: string | null }): Promise<ApiClient> {
  const admin = new ApiClient(plane.url);
  const setup = await admin.mutate("auth.setup", { setupCode: plane.setupCode, ...TEST_ADMIN });
  if (setup.status !== 200) throw new Error(`setting up the administrator: ${setup.status} ${setup.error?.message ?? ""}`);
  return admin;
}

/** The swarm the local engine manages (scripts/swarm-up.sh makes it one), once its agent has said so. */
export function localSwarmId(admin: ApiClient): Promise<string> {
  return until(async () => {
    const [local] = (await admin.query("nodes.list")).data as NodeView[];
    return local?.connected ? local.facts?.swarm.clusterId : undefined;
  }, "the local agent to report its swarm", 45_000);
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
    return { [CSRF_HEADER]: "1", ...(this.cookie ? { cookie: this.cookie } : {}) };
  }

  private async send(res: Response) {
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: { message: string; data: { code: string; appCode?: string } } } };
    return { status: res.status, data: body.result?.data.json, error: body.error?.json };
  }
}
