/**
 * A minimal control plane for agent tests: a real socket.io server with the agent namespace, a
 * credential check in its middleware, and a record of what agents said.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket } from "socket.io";
import {
  AGENT_NAMESPACE,
  AgentEvent,
  AgentHandshake,
  AgentHello,
  EngineEventBatch,
  EngineStatus,
  ok,
  type AgentToServerEvents,
  type HelloAccepted,
  type Reply,
  type ServerToAgentEvents,
} from "@wheelhouse/protocol";

type AgentSocket = Socket<AgentToServerEvents, ServerToAgentEvents>;

export interface TestControlPlane {
  readonly url: string;
  /** Handshakes seen by the middleware, accepted or not. */
  readonly attempts: number;
  readonly hellos: AgentHello[];
  readonly heartbeats: number;
  readonly batches: EngineEventBatch[];
  readonly statuses: EngineStatus[];
  connectedAgents(): number;
  /** Sends AgentEvent.command as it is given (malformed on purpose if need be) and resolves to the ack. */
  command(request: unknown): Promise<unknown>;
  /** Emits a command with no acknowledgement callback. */
  commandWithoutAck(request: unknown): void;
  /** Closes the server and listens again on the same port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface ControlPlaneOptions {
  heartbeatMs?: number;
  /** How hello is answered; accepted by default. */
  answerHello?: () => Reply<HelloAccepted>;
}

export async function startControlPlane(token: string, options: ControlPlaneOptions = {}): Promise<TestControlPlane> {
  const answerHello = options.answerHello ?? (() => ok({ nodeId: "node-test", heartbeatMs: options.heartbeatMs ?? 200 }));
  const record = { attempts: 0, hellos: [] as AgentHello[], heartbeats: 0, batches: [] as EngineEventBatch[], statuses: [] as EngineStatus[] };
  let io: Server | undefined;
  let port = 0;

  const listen = async () => {
    const http = createServer();
    io = new Server(http);
    const agents = io.of(AGENT_NAMESPACE);
    agents.use((socket, next) => {
      record.attempts++;
      const handshake = AgentHandshake.safeParse(socket.handshake.auth).data;
      next(handshake && "credential" in handshake && handshake.credential === token ? undefined : new Error("UNAUTHORIZED"));
    });
    agents.on("connection", (socket: AgentSocket) => {
      socket.on(AgentEvent.hello, (hello, ack) => {
        record.hellos.push(AgentHello.parse(hello));
        ack(answerHello());
      });
      socket.on(AgentEvent.heartbeat, () => record.heartbeats++);
      socket.on(AgentEvent.engineEvents, (batch) => record.batches.push(EngineEventBatch.parse(batch)));
      socket.on(AgentEvent.engineStatus, (status) => record.statuses.push(EngineStatus.parse(status)));
    });
    await new Promise<void>((resolve) => http.listen(port, "127.0.0.1", resolve));
    port = (http.address() as AddressInfo).port;
  };
  const close = () => new Promise<void>((resolve) => (io ? io.close(() => resolve()) : resolve()));
  const firstAgent = () => {
    const [socket] = io?.of(AGENT_NAMESPACE).sockets.values() ?? [];
    if (!socket) throw new Error("no agent is connected");
    return socket as unknown as Socket;
  };

  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    get attempts() {
      return record.attempts;
    },
    get heartbeats() {
      return record.heartbeats;
    },
    hellos: record.hellos,
    batches: record.batches,
    statuses: record.statuses,
    connectedAgents: () => io?.of(AGENT_NAMESPACE).sockets.size ?? 0,
    // Typed loosely on purpose: tests send what a typed server could not.
    command: (request) => firstAgent().timeout(10_000).emitWithAck(AgentEvent.command, request),
    commandWithoutAck: (request) => void firstAgent().emit(AgentEvent.command, request),
    restart: async () => {
      await close();
      await listen();
    },
    close,
  };
}

/** Resolves to what `probe` returns once it is truthy; fails after `timeoutMs` naming `what`. */
export async function eventually<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
