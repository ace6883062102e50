/** Serves the tRPC API at /api/trpc, refusing state-changing requests from other origins. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { appRouter, type AgentGateway } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { clientAddress } from "./client-address.ts";
import { sessionCookie } from "./cookies.ts";
import { isSameOrigin } from "./origin.ts";
import { apiTokenOf, sessionOf } from "./session.ts";

export const TRPC_PATH = "/api/trpc";

export function createTrpcHandler(deps: { db: Database; agents: AgentGateway; config: Config; log: Logger }) {
  const { db, agents, config, log } = deps;
  const handle = createHTTPHandler({
    router: appRouter,
    basePath: `${TRPC_PATH}/`,
    createContext: async ({ req, res }) => ({
      db,
      agents,
      session: await sessionOf(req, db, config.session),
      apiToken: await apiTokenOf(req, db),
      sessionCookie: sessionCookie(res, config.secureCookies),
      sessionPolicy: config.session,
      client: clientAddress(req),
      publicUrl: config.publicUrl,
    }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error(`${path ?? "?"} failed`, error.cause ?? error);
    },
  });

  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && !isSameOrigin(req, config.publicUrl)) {
      res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ error: "Cross-origin request refused." }));
      return;
    }
    handle(req, res);
  };
}
