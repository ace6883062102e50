/** @wheelhouse/agent: connects this host's Docker Engine to a Wheelhouse control plane; also run in-process for the local host. */
import type { InProcessLink } from "@wheelhouse/channels";
import { createDockerRuntime, DEFAULT_ENDPOINT, ExecSessions } from "@wheelhouse/runtime";
import packageJson from "../package.json" with { type: "json" };
import { createCommandHandler } from "./command-handler.ts";
import { openConnection } from "./connection.ts";
import { watchEngine } from "./engine-watch.ts";
import { ExecEndReports } from "./exec-end-reports.ts";
import { chooseIdentity } from "./identity.ts";
import { createLogger, type Logger } from "./logger.ts";
import { serveStreams } from "./streams/index.ts";

export { createLogger, type Logger } from "./logger.ts";
export { credentialPath } from "./credential-store.ts";

export interface AgentOptions {
  serverUrl: string;
  /** A credential issued for this node; with it the agent stores nothing. */
  credential?: string;
  /** Where the agent keeps the credential it receives when it joins. With one stored there, the join token is not needed. */
  stateDir?: string;
  /** Exchanged on first contact for this node's own credential. */
  joinToken?: string;
  /** The node's name when it joins; the engine's hostname by default. */
  nodeName?: string;
  /** A socket path, unix:///path or tcp://host:port; the local socket by default. */
  dockerEndpoint?: string;
  logger?: Logger;
  agentVersion?: string;
  /** How long a terminal session nobody watches lives on for its owner to reattach (30 s by default). */
  terminalGraceMs?: number;
  /** For the agent the control plane runs for its own host: carries its streams without the socket. */
  inProcessLink?: InProcessLink;
}

export interface AgentHandle {
  stop(): Promise<void>;
  /** Connected, and the control plane accepted the agent's hello. */
  connected(): boolean;
}

/** Throws, saying what is missing, when the agent has neither a credential nor a join token. */
export function startAgent(options: AgentOptions): AgentHandle {
  const logger = options.logger ?? createLogger();
  const identity = chooseIdentity(options, logger);
  const runtime = createDockerRuntime({ endpoint: options.dockerEndpoint });
  const stopping = new AbortController();
  const sessions = new ExecSessions({
    graceMs: options.terminalGraceMs,
    onEnded: (session, exit) => endReports.add({ session, exit }),
    onTerminateFailed: (session, error) => logger.error(`terminal session ${session.id.slice(0, 12)} could not be ended: ${String(error)}`),
  });
  const connection = openConnection({
    serverUrl: options.serverUrl,
    identity,
    agentVersion: options.agentVersion ?? packageJson.version,
    runtime,
    logger,
    onCommand: createCommandHandler({ runtime, sessions }, logger),
    onAccepted: () => void endReports.flush(),
    inProcessLink: options.inProcessLink,
  });
  const endReports = new ExecEndReports((report) => connection.reportExecEnded(report), logger);
  serveStreams(connection.channels, { runtime, sessions, endpoint: options.dockerEndpoint ?? DEFAULT_ENDPOINT, logger });
  const watching = watchEngine({
    runtime,
    logger,
    sendEvents: connection.sendEvents,
    sendStatus: connection.sendStatus,
    signal: stopping.signal,
  }).catch((error: unknown) => logger.error(`engine watch stopped: ${String(error)}`));

  return {
    connected: connection.ready,
    async stop() {
      stopping.abort();
      // While still connected, so that their ends are audited.
      await sessions.terminateAll().catch((error: unknown) => logger.error(`stopping: ${String(error)}`));
      await endReports.flush();
      connection.close();
      await watching;
    },
  };
}
