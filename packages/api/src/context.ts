/**
 * What every procedure receives. The web server builds it per request; tests build it directly,
 * so handlers run without HTTP.
 */
import type { ResolvedApiToken, ResolvedSession, SessionPolicy } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import type { AgentCommandInput, AgentCommandName, AgentCommandOutput } from "@wheelhouse/protocol";
import type { MetricsStore } from "./metrics/metrics-store.ts";
import type { SignInThrottle } from "./sign-in/sign-in-throttle.ts";

/** Reaches the agents, wherever in the control plane each one is connected. */
export interface AgentGateway {
  /** Runs a typed command on a node's agent; rejects with an AgentCallError. */
  call<N extends AgentCommandName>(nodeId: string, name: N, input: AgentCommandInput<N>): Promise<AgentCommandOutput<N>>;
  connectedNodeIds(): Promise<Set<string>>;
  /** Hangs up on a node's agent at once; it is refused if it dials again without a live credential. */
  disconnect(nodeId: string): Promise<void>;
}

/** Sets and clears the session cookie on the response being built. */
export interface SessionCookie {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export interface Context {
  db: Database;
  agents: AgentGateway;
  /** The metrics this control plane receives from its agents, and their history. */
  metrics: MetricsStore;
  /** The browser session behind the request's cookie. */
  session: ResolvedSession | null;
  /** The API token the request carried as `Authorization: Bearer`; a request has a session or a token, not both. */
  apiToken: ResolvedApiToken | null;
  sessionCookie: SessionCookie;
  sessionPolicy: SessionPolicy;
  client: { ip: string; userAgent?: string };
  /** The control plane's own URL as browsers reach it, for copy-paste agent commands. */
  publicUrl: string;
  /** The server's sign-in limits; without one, sign-ins share a throttle with the default limits. */
  signInThrottle?: SignInThrottle;
}
