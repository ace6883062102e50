/**
 * The socket to the control plane: dial out, say hello on every connect, beat while accepted, and
 * keep trying. A joining agent stores the credential it is issued and presents it from then on.
 */
import { Channels, type InProcessLink } from "@wheelhouse/channels";
import { io, type Socket } from "socket.io-client";
import {
  AGENT_NAMESPACE,
  AgentEvent,
  AgentRefusal,
  HelloAccepted,
  IssuedCredential,
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  fail,
  ok,
  replySchema,
  type AgentToServerEvents,
  type EngineEventBatch,
  type EngineStatus,
  type ExecEnded,
  type ServerToAgentEvents,
} from "@wheelhouse/protocol";
import type { Runtime } from "@wheelhouse/runtime";
import { backoffDelay, MAX_RETRY_MS } from "./backoff.ts";
import { createHeartbeats } from "./heartbeat.ts";
import type { Identity } from "./identity.ts";
import type { Logger } from "./logger.ts";

const HELLO_TIMEOUT_MS = 10_000;
const REPORT_TIMEOUT_MS = 10_000;
const HelloReply = replySchema(HelloAccepted);

export interface ConnectionOptions {
  serverUrl: string;
  identity: Identity;
  agentVersion: string;
  runtime: Runtime;
  logger: Logger;
  onCommand: (request: unknown, ack: unknown) => void;
  /** After each accepted hello: the time to send what waited for the connection. */
  onAccepted?: () => void;
  /** Set for the agent the control plane runs for its own host: its channels skip the socket. */
  inProcessLink?: InProcessLink;
}

export interface Connection {
  /** Connected, and the control plane accepted this connection's hello. */
  ready(): boolean;
  /** Each returns false, sending nothing, unless ready: socket.io would otherwise buffer without bound. */
  sendEvents(batch: EngineEventBatch): boolean;
  sendStatus(status: EngineStatus): boolean;
  /** Resolves true once the control plane acknowledged it; false, sending nothing, unless ready. */
  reportExecEnded(report: ExecEnded): Promise<boolean>;
  /** The streams the control plane opens on this connection; each closes when the connection drops. */
  readonly channels: Channels;
  close(): void;
}

export function openConnection({ serverUrl, identity, agentVersion, runtime, logger, onCommand, onAccepted, inProcessLink }: ConnectionOptions): Connection {
  let handshake = identity.handshake;
  const socket: Socket<ServerToAgentEvents, AgentToServerEvents> = io(new URL(AGENT_NAMESPACE, serverUrl).href, {
    transports: ["websocket"],
    // An agent in the control plane's own process must not share a multiplexed Manager with anything else.
    forceNew: true,
    // Read at every attempt, so reconnects present the credential once the agent has joined.
    auth: (send) => send(handshake),
    reconnectionDelay: 500,
    reconnectionDelayMax: MAX_RETRY_MS,
    randomizationFactor: 0.5,
  });
  // Frames as large as the protocol allows: a batch of log lines is one JSON value (logs-stream.ts).
  const channels = new Channels(inProcessLink?.agentEnd ?? socket, { logger, maxFrameBytes: MAX_FRAME_BYTES });
  let accepted = false;
  const heartbeats = createHeartbeats();
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  let closed = false;
  let lastComplaint: string | undefined;

  // A daemon that cannot get in retries for as long as it runs: say why once, not at every attempt.
  const complain = (level: "warn" | "error", message: string) => {
    if (message === lastComplaint) return;
    lastComplaint = message;
    logger[level](message);
  };

  // socket.io retries lost transports by itself, but not a connection the server refused or ended:
  // an agent is a daemon, so it keeps knocking, slowly (an administrator may fix what was refused).
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
    complain("error", `${why}; reconnecting later`);
    socket.disconnect();
  };

  const sayHello = async () => {
    const connectionId = socket.id;
    const hello = { agentVersion, protocolVersion: PROTOCOL_VERSION, engine: await runtime.status() };
    heartbeats.observe(hello.engine);
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
    lastComplaint = undefined;
    logger.info(`connected to ${serverUrl} as node ${reply.data.data.nodeId}`);
    clearInterval(heartbeat);
    heartbeat = setInterval(() => socket.emit(AgentEvent.heartbeat, heartbeats.next()), reply.data.data.heartbeatMs);
    onAccepted?.();
  };

  socket.on("connect", () => {
    inProcessLink?.claim(socket.id ?? "");
    sayHello().catch((error: unknown) => logger.error(`hello failed: ${String(error)}`));
  });
  socket.on("disconnect", (reason) => {
    accepted = false;
    inProcessLink?.disconnect();
    clearInterval(heartbeat);
    if (closed) return;
    complain("warn", `disconnected from the control plane: ${reason}`);
    if (!socket.active) retryLater();
  });
  socket.on("connect_error", (error) => {
    if (socket.active) return complain("warn", `cannot reach the control plane at ${serverUrl}: ${error.message}; retrying`);
    const refusal = AgentRefusal.safeParse((error as Error & { data?: unknown }).data);
    if (refusal.success) complain("error", `the control plane refused this agent: ${refusal.data.message} (${refusal.data.code}). ${REMEDY[refusal.data.code]} Retrying`);
    else complain("error", `the control plane refused the connection: ${error.message}; retrying`);
    retryLater();
  });
  socket.on(AgentEvent.command, onCommand);
  socket.on(AgentEvent.credential, (payload, ack) => {
    if (typeof ack !== "function") return;
    const issued = IssuedCredential.safeParse(payload);
    if (!issued.success) return ack(fail("BAD_REQUEST", "Malformed credential"));
    if (!identity.keepCredential) return ack(fail("BAD_REQUEST", "This agent did not ask to join; it has a credential already."));
    try {
      identity.keepCredential(issued.data);
    } catch (error) {
      logger.error(`could not store the credential the control plane issued: ${(error as Error).message}`);
      return ack(fail("INTERNAL", `The agent could not store its credential: ${(error as Error).message}`));
    }
    handshake = { credential: issued.data.credential };
    ack(ok(null));
  });

  const ready = () => accepted && socket.connected;
  return {
    ready,
    sendEvents(batch) {
      if (!ready()) return false;
      socket.emit(AgentEvent.engineEvents, batch);
      return true;
    },
    sendStatus(status) {
      heartbeats.observe(status);
      if (!ready()) return false;
      socket.emit(AgentEvent.engineStatus, status);
      return true;
    },
    async reportExecEnded(report) {
      if (!ready()) return false;
      const answer: unknown = await socket
        .timeout(REPORT_TIMEOUT_MS)
        .emitWithAck(AgentEvent.execEnded, report)
        .catch(() => undefined);
      return (answer as { ok?: unknown } | undefined)?.ok === true;
    },
    channels,
    close() {
      closed = true;
      channels.dispose();
      inProcessLink?.disconnect();
      clearTimeout(retry);
      clearInterval(heartbeat);
      socket.disconnect();
    },
  };
}

const REMEDY: Record<AgentRefusal["code"], string> = {
  UNAUTHORIZED: "Check --token, or join again with a new join token.",
  CREDENTIAL_REVOKED: "To bring this host back, delete its stored credential and start the agent with a new join token.",
  JOIN_TOKEN_EXPIRED: "Ask an administrator for a new join token (Nodes → Add node).",
  JOIN_TOKEN_USED_UP: "Ask an administrator for a new join token (Nodes → Add node).",
  JOIN_TOKEN_REVOKED: "Ask an administrator for a new join token (Nodes → Add node).",
};
