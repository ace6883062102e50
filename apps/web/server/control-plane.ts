/**
 * Starts the control plane: database (migrated), HTTP server with the tRPC API and the Next.js UI,
 * socket.io namespaces for agents and browsers, and the local host's in-process agent.
 * Tests start it without the UI (`ui: false`) to exercise the real server over HTTP and sockets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startAgent } from "@wheelhouse/agent";
import { InProcessLink } from "@wheelhouse/channels";
import { createMetricsStore } from "@wheelhouse/api";
import { issueSetupCode, syncBuiltInRoles } from "@wheelhouse/auth";
import { migrate, openDatabase } from "@wheelhouse/db";
import { AGENT_NAMESPACE, BROWSER_NAMESPACE } from "@wheelhouse/protocol";
import { Server } from "socket.io";
import { serveAgents } from "./agents/agent-namespace.ts";
import { createAgentGateway } from "./agents/gateway.ts";
import { prepareLocalNode } from "./agents/local-node.ts";
import type { Config } from "./config.ts";
import { AUDIT_EXPORT_PATH, createAuditExportHandler } from "./http/audit-export.ts";
import { isSameOrigin } from "./http/origin.ts";
import { createTrpcHandler, TRPC_PATH } from "./http/trpc-handler.ts";
import type { Logger } from "./logger.ts";
import { feedMetrics } from "./metrics/metrics-feed.ts";
import type { AgentNamespace, BrowserNamespace } from "./sockets/namespaces.ts";
import { serveBrowsers } from "./sockets/browser-namespace.ts";
import { revalidateBrowsers } from "./sockets/revalidate-browsers.ts";
import { createAgentLinks, type AgentLinks } from "./streams/agent-links.ts";
import { streamHandlers } from "./streams/stream-handlers.ts";

export interface ControlPlane {
  url: string;
  setupCode: string | null;
  localNodeId: string | null;
  /** The agents' channels on this replica, by node: what streams are open on each, for health checks. */
  links: AgentLinks;
  close(): Promise<void>;
}

const SOCKET_IO_PATH = "/socket.io";

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export async function startControlPlane(config: Config, log: Logger, options: { ui?: boolean } = {}): Promise<ControlPlane> {
  const applied = await migrate(config.databaseUrl);
  if (applied.applied.length > 0) log.info(`database migrated: ${applied.applied.join(", ")}`);
  const db = openDatabase(config.databaseUrl);
  await syncBuiltInRoles(db);

  const server = createServer();
  const io = new Server(server, {
    path: SOCKET_IO_PATH,
    serveClient: false,
    // Leave upgrades on other paths (Next's dev reloader) to their own handlers.
    destroyUpgrade: false,
    allowRequest: (req, callback) => callback(null, isSameOrigin(req, config.publicUrl)),
    // The liveness check: a peer that stops answering pings (killed, or cut off without a FIN) is
    // dropped within pingInterval + pingTimeout, so a lost agent's node shows disconnected in 8 s.
    pingInterval: 4_000,
    pingTimeout: 4_000,
  });
  const agents = io.of(AGENT_NAMESPACE) as AgentNamespace;
  const browsers = io.of(BROWSER_NAMESPACE) as BrowserNamespace;
  const gateway = createAgentGateway(agents, config.agentTimeoutMs);
  const localLink = config.localAgent ? new InProcessLink() : undefined;
  const links = createAgentLinks(log.child("streams"), localLink);
  const metrics = createMetricsStore({ db, intervalMs: config.metricsIntervalMs, log: log.child("metrics") });
  metrics.start();
  const stopFeeding = feedMetrics({ links, store: metrics, log: log.child("metrics") });
  serveAgents({ agents, links, browsers, gateway, db, log: log.child("agents") });
  serveBrowsers(browsers, db, config.session, { gateway, links, metrics, handlers: streamHandlers, trustProxy: config.trustProxy, log: log.child("streams") });
  const stopRevalidating = revalidateBrowsers(browsers, db, config.session, log.child("browsers"));

  const api = createTrpcHandler({ db, agents: gateway, metrics, config, log: log.child("api") });
  const auditExport = createAuditExportHandler({ db, config, log: log.child("audit-export") });
  const ui = options.ui === false ? null : await prepareUi(config, server);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    // socket.io answers its own requests (polling, and refusals of other origins); a second answer would throw and end the process.
    if (req.url?.startsWith(`${SOCKET_IO_PATH}/`)) return;
    if (req.url?.startsWith(`${TRPC_PATH}/`)) return api(req, res);
    if (req.url?.split("?")[0] === AUDIT_EXPORT_PATH) return void auditExport(req, res);
    if (ui) return void ui(req, res);
    res.writeHead(404).end();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const setupCode = await issueSetupCode(db);
  let localAgent: { stop(): Promise<void> } | null = null;
  let localNodeId: string | null = null;
  if (config.localAgent) {
    const local = await prepareLocalNode(db);
    localNodeId = local.nodeId;
    localAgent = startAgent({
      serverUrl: url,
      credential: local.token,
      dockerEndpoint: config.dockerEndpoint,
      terminalGraceMs: config.terminalGraceMs,
      logger: log.child("local-agent"),
      inProcessLink: localLink,
    });
  }

  return {
    url,
    setupCode,
    localNodeId,
    links,
    async close() {
      stopRevalidating();
      stopFeeding();
      await localAgent?.stop();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await metrics.close();
      server.closeAllConnections();
      await db.$disconnect();
    },
  };
}

async function prepareUi(config: Config, server: ReturnType<typeof createServer>): Promise<RequestHandler> {
  const { default: next } = await import("next");
  const app = next({ dev: config.dev, dir: config.webDir, hostname: config.host, port: config.port, httpServer: server });
  await app.prepare();
  return app.getRequestHandler();
}
