/** The socket to the control plane: dial out, say hello on every connect, beat while accepted, and keep trying. */
import { io, type Socket } from "socket.io-client";
import {
  AGENT_NAMESPACE,
  AgentEvent,
  HelloAccepted,
  PROTOCOL_VERSION,
  replySchema,
  type AgentToServerEvents,
  type EngineEventBatch,
  type EngineStatus,
  type ServerToAgentEvents,
} from "@wheelhouse/protocol";
import type { Runtime } from "@wheelhouse/runtime";
import { backoffDelay, MAX_RETRY_MS } from "./backoff.ts";
import type { Logger } from "./logger.ts";

const HELLO_TIMEOUT_MS = 10_000;
const HelloReply = replySchema(HelloAccepted);

export interface ConnectionOptions {
  serverUrl: string;
  token: string;
  agentVersion: string;
  runtime: Runtime;
  logger: Logger;
  onCommand: (request: unknown, ack: unknown) => void;
}

export interface Connection {
  /** Connected, and the control plane accepted this connection's hello. */
  ready(): boolean;
  /** Each returns false, sending nothing, unless ready: socket.io would otherwise buffer without bound. */
  sendEvents(batch: EngineEventBatch): boolean;
  sendStatus(status: EngineStatus): boolean;
  close(): void;
}

export function openConnection({ serverUrl, token, agentVersion, runtime, logger, onCommand }: ConnectionOptions): Connection {
  const socket: Socket<ServerToAgentEvents, AgentToServerEvents> = io(new URL(AGENT_NAMESPACE, serverUrl).href, {
    transports: ["websocket"],
    // An agent in the control plane's own process must not share a multiplexed Manager with anything else.
    forceNew: true,
    auth: { token },
    reconnectionDelay: 500,
    reconnectionDelayMax: MAX_RETRY_MS,
    randomizationFactor: 0.5,
  });
  let accepted = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  let closed = false;

  // socket.io retries lost transports by itself, but not a connection the server refused or ended:
  // an agent is a daemon, so it keeps knocking (a revoked token may be restored).
  const retryLater = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (!closed) socket.connect();
    }, backoffDelay(attempt++));
  };

  // Without an accepted hello the control plane does not count this agent as its node: rather than
  // linger, the agent hangs up, and the disconnect handler dials again later.
  const hangUp = (why: string) => {
    logger.error(`${why}; reconnecting later`);
    socket.disconnect();
  };

  const sayHello = async () => {
    const connectionId = socket.id;
    const hello = { agentVersion, protocolVersion: PROTOCOL_VERSION, engine: await runtime.status() };
    if (socket.id !== connectionId || !socket.connected) return;
    const answer: unknown = await socket
      .timeout(HELLO_TIMEOUT_MS)
      .emitWithAck(AgentEvent.hello, hello)
      .catch(() => undefined);
    if (socket.id !== connectionId || !socket.connected) return;
    const reply = HelloReply.safeParse(answer);
    if (!reply.success) return hangUp(`the control plane gave no valid answer to hello within ${HELLO_TIMEOUT_MS / 1000} s`);
    if (!reply.data.ok) return hangUp(`the control plane refused hello (${reply.data.code}): ${reply.data.message}`);
    accepted = true;
    attempt = 0;
    logger.info(`connected to ${serverUrl} as node ${reply.data.data.nodeId}`);
    clearInterval(heartbeat);
    heartbeat = setInterval(() => socket.emit(AgentEvent.heartbeat, { sentAt: Date.now() }), reply.data.data.heartbeatMs);
  };

  socket.on("connect", () => {
    sayHello().catch((error: unknown) => logger.error(`hello failed: ${String(error)}`));
  });
  socket.on("disconnect", (reason) => {
    accepted = false;
    clearInterval(heartbeat);
    if (closed) return;
    logger.warn(`disconnected from the control plane: ${reason}`);
    if (!socket.active) retryLater();
  });
  socket.on("connect_error", (error) => {
    if (socket.active) return logger.warn(`cannot reach the control plane at ${serverUrl}: ${error.message}; retrying`);
    if (error.message === "UNAUTHORIZED") logger.error("the control plane refused this agent's token (UNAUTHORIZED); check --token. Retrying");
    else logger.error(`the control plane refused the connection: ${error.message}; retrying`);
    retryLater();
  });
  socket.on(AgentEvent.command, onCommand);

  const ready = () => accepted && socket.connected;
  return {
    ready,
    sendEvents(batch) {
      if (!ready()) return false;
      socket.emit(AgentEvent.engineEvents, batch);
      return true;
    },
    sendStatus(status) {
      if (!ready()) return false;
      socket.emit(AgentEvent.engineStatus, status);
      return true;
    },
    close() {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      socket.disconnect();
    },
  };
}
