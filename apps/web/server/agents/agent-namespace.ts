/**
 * The agent side of the control plane: admits agents, records what they report, relays their
 * engine events to the browsers watching their node, and refreshes a node's facts after changes.
 */
import type { AgentGateway } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import { AgentEvent, AgentHello, BrowserEvent, EngineEventBatch, EngineStatus, Heartbeat, PROTOCOL_VERSION, fail, ok } from "@wheelhouse/protocol";
import type { Logger } from "../logger.ts";
import { agentRoom, nodeWatchersRoom, type AgentNamespace, type AgentSocket, type BrowserNamespace } from "../sockets/namespaces.ts";
import { agentAuth } from "./agent-auth.ts";
import { recordEngineStatus, recordSeen } from "./node-records.ts";

export const HEARTBEAT_MS = 5_000;
// Engine events come in bursts (a prune removes hundreds of objects); one facts refresh per burst.
const FACTS_REFRESH_DELAY_MS = 750;

interface Deps {
  agents: AgentNamespace;
  browsers: BrowserNamespace;
  gateway: AgentGateway;
  db: Database;
  log: Logger;
}

export function serveAgents({ agents, browsers, gateway, db, log }: Deps): void {
  const refreshTimers = new Map<string, NodeJS.Timeout>();

  const announce = (nodeId: string, connected: boolean, engineReachable: boolean) =>
    browsers.to(nodeWatchersRoom(nodeId)).emit(BrowserEvent.nodeStatus, { nodeId, connected, engineReachable });

  const refreshFactsSoon = (nodeId: string) => {
    if (refreshTimers.has(nodeId)) return;
    refreshTimers.set(
      nodeId,
      setTimeout(async () => {
        refreshTimers.delete(nodeId);
        try {
          const facts = await gateway.call(nodeId, "node.facts", {});
          const node = await db.node.findUniqueOrThrow({ where: { id: nodeId } });
          await recordEngineStatus(db, nodeId, { reachable: true, endpoint: node.engineEndpoint ?? "", facts });
        } catch (error) {
          log.warn(`could not refresh facts of node ${nodeId}`, (error as Error).message);
        }
      }, FACTS_REFRESH_DELAY_MS),
    );
  };

  agents.use(agentAuth(db));

  agents.on("connection", async (socket: AgentSocket) => {
    const { nodeId, nodeName } = socket.data;
    // A reconnecting agent may race its own stale socket (here or on another replica): the newest wins.
    agents.in(agentRoom(nodeId)).disconnectSockets(true);
    await socket.join(agentRoom(nodeId));
    let lastSeenWrite = 0;

    socket.on(AgentEvent.hello, async (payload, ack) => {
      const hello = AgentHello.safeParse(payload);
      if (typeof ack !== "function") return;
      if (!hello.success) return ack(fail("BAD_REQUEST", `Malformed hello: ${hello.error.issues[0]?.message}`));
      if (hello.data.protocolVersion !== PROTOCOL_VERSION) {
        ack(fail("BAD_REQUEST", `Protocol version ${hello.data.protocolVersion} is not supported; this control plane speaks ${PROTOCOL_VERSION}.`));
        socket.disconnect(true);
        return;
      }
      await recordEngineStatus(db, nodeId, hello.data.engine, hello.data.agentVersion);
      log.info(`agent of ${nodeName} connected (engine ${hello.data.engine.reachable ? "reachable" : "unreachable"})`);
      announce(nodeId, true, hello.data.engine.reachable);
      ack(ok({ nodeId, heartbeatMs: HEARTBEAT_MS }));
    });

    socket.on(AgentEvent.heartbeat, async (payload) => {
      if (!Heartbeat.safeParse(payload).success || Date.now() - lastSeenWrite < 3 * HEARTBEAT_MS) return;
      lastSeenWrite = Date.now();
      await recordSeen(db, nodeId).catch((error) => log.warn("could not record heartbeat", error));
    });

    socket.on(AgentEvent.engineStatus, async (payload) => {
      const status = EngineStatus.safeParse(payload);
      if (!status.success) return log.warn(`malformed engine status from ${nodeName}`, status.error.issues[0]);
      await recordEngineStatus(db, nodeId, status.data);
      announce(nodeId, true, status.data.reachable);
    });

    socket.on(AgentEvent.engineEvents, (payload) => {
      const batch = EngineEventBatch.safeParse(payload);
      if (!batch.success) return log.warn(`malformed engine events from ${nodeName}`, batch.error.issues[0]);
      browsers.to(nodeWatchersRoom(nodeId)).emit(BrowserEvent.nodeEvents, { nodeId, events: batch.data.events });
      refreshFactsSoon(nodeId);
    });

    socket.on("disconnect", async (reason) => {
      log.info(`agent of ${nodeName} disconnected (${reason})`);
      const stillConnected = (await agents.in(agentRoom(nodeId)).fetchSockets()).length > 0;
      if (!stillConnected) announce(nodeId, false, false);
    });
  });
}
