/**
 * Contexts for calling procedures directly in tests, over a real migrated database. The agent
 * gateway records calls instead of reaching an agent: these tests are about access, not Docker.
 */
import { DEFAULT_SESSION_POLICY, createSession, resolveSession } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import type { AgentGateway, Context } from "../context.ts";
import { createMetricsStore } from "../metrics/metrics-store.ts";

export interface RecordedCall {
  nodeId: string;
  name: string;
  input: unknown;
}

export function recordingGateway(calls: RecordedCall[] = []): AgentGateway & { calls: RecordedCall[] } {
  return {
    calls,
    async call(nodeId, name, input) {
      calls.push({ nodeId, name, input });
      return undefined as never;
    },
    async connectedNodeIds() {
      return new Set<string>();
    },
    async disconnect() {},
  };
}

export interface CookieJar {
  token: string | null;
}

export function testContext(db: Database, options: { session?: Context["session"]; jar?: CookieJar; agents?: AgentGateway; metrics?: Context["metrics"] } = {}): Context {
  const jar = options.jar ?? { token: null };
  return {
    db,
    agents: options.agents ?? recordingGateway(),
    metrics: options.metrics ?? createMetricsStore({ db }),
    session: options.session ?? null,
    apiToken: null,
    sessionCookie: { set: (token) => void (jar.token = token), clear: () => void (jar.token = null) },
    sessionPolicy: DEFAULT_SESSION_POLICY,
    client: { ip: "127.0.0.1", userAgent: "vitest" },
    publicUrl: "http://localhost:3000",
  };
}

export async function signedInContext(db: Database, user: { id: string }, agents?: AgentGateway): Promise<Context> {
  const { token } = await createSession(db, user.id, DEFAULT_SESSION_POLICY);
  return testContext(db, { session: await resolveSession(db, token, DEFAULT_SESSION_POLICY), agents });
}
