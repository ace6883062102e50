/**
 * Serves the tRPC API at /api/trpc, refusing state-changing requests from other origins or, when
 * made with the session cookie, without the CSRF header.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { appRouter, createSignInThrottle, type AgentGateway, type MetricsStore } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import { CSRF_HEADER } from "../../src/lib/csrf-header.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { clientAddress } from "./client-address.ts";
import { sessionCookie } from "./cookies.ts";
import { lacksCsrfHeader } from "./csrf.ts";
import { isSameOrigin } from "./origin.ts";
import { refuse } from "./refuse.ts";
import { apiTokenOf, sessionOf } from "./session.ts";

export const TRPC_PATH = "/api/trpc";

export function createTrpcHandler(deps: { db: Database; agents: AgentGateway; metrics: MetricsStore; config: Config; log: Logger }) {
  const { db, agents, metrics, config, log } = deps;
  const signInThrottle = createSignInThrottle(config.signIn);
  const handle = createHTTPHandler({
    router: appRouter,
    basePath: `${TRPC_PATH}/`,
    createContext: async ({ req, res }) => ({
      db,
      agents,
      metrics,
      session: await sessionOf(req, db, config.session),
      apiToken: await apiTokenOf(req, db),
      sessionCookie: sessionCookie(res, config.secureCookies),
      sessionPolicy: config.session,
      client: clientAddress(req, config.trustProxy),
      publicUrl: config.publicUrl,
      signInThrottle,
    }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error(`${path ?? "?"} failed`, error.cause ?? error);
    },
  });

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && !isSameOrigin(req, config.publicUrl)) return refuse(res, "Cross-origin request refused.");
    if (lacksCsrfHeader(req)) return refuse(res, `Refused: a request signed in by cookie must carry the ${CSRF_HEADER} header that Wheelhouse's own pages send.`);
    handle(req, res);
  };
}
