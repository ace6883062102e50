/**
 * The agent side of the control plane: admits agents (enrolling those that come with a join token),
 * records what they report, relays their engine events to the browsers watching their node, tells
 * browsers when nodes come and go, refreshes a node's facts after changes, and links each accepted
 * agent's streams (see ../streams/agent-links.ts), and audits the ends of its terminal sessions.
 */
import { refreshFacts, type AgentGateway } from "@wheelhouse/api";
import type { Database } from "@wheelhouse/db";
import { AgentEvent, AgentHello, BrowserEvent, EngineEventBatch, EngineStatus, ExecEnded, Heartbeat, PROTOCOL_VERSION, fail, ok, type ErrorReply } from "@wheelhouse/protocol";
import type { Logger } from "../logger.ts";
import type { AgentLinkRegistry } from "../streams/agent-links.ts";
import { recordExecClose } from "../streams/exec/exec-audit.ts";
import { agentRoom, NODE_LIST_ROOM, nodeChangesRoom, nodeWatchersRoom, type AgentNamespace, type AgentSocket, type BrowserNamespace } from "../sockets/namespaces.ts";
import { agentAuth, revokedRefusal } from "./agent-auth.ts";
import { joinWithToken } from "./enrollment.ts";
import { recordEngineStatus, recordHeartbeat } from "./node-records.ts";

export const HEARTBEAT_MS = 5_000;
// Engine events come in bursts (a prune removes hundreds of objects); one facts refresh per burst.
const FACTS_REFRESH_DELAY_MS = 750;

interface Deps {
  agents: AgentNamespace;
  links: AgentLinkRegistry;
  browsers: BrowserNamespace;
  gateway: AgentGateway;
  db: Database;
  log: Logger;
}

type NodeRef = { id: string; name: string };

export function serveAgents({ agents, links, browsers, gateway, db, log }: Deps): void {
  const refreshTimers = new Map<string, NodeJS.Timeout>();

  const announce = (nodeId: string, connected: boolean, engineReachable: boolean) => {
    browsers.to([nodeWatchersRoom(nodeId), nodeChangesRoom(nodeId)]).emit(BrowserEvent.nodeStatus, { nodeId, connected, engineReachable });
    browsers.to(NODE_LIST_ROOM).emit(BrowserEvent.nodesChanged, { nodeId });
  };

  const refreshFactsSoon = (nodeId: string) => {
    if (refreshTimers.has(nodeId)) return;
    refreshTimers.set(
      nodeId,
      setTimeout(async () => {
        refreshTimers.delete(nodeId);
        try {
          await refreshFacts({ db, agents: gateway }, nodeId);
        } catch (error) {
          log.warn(`could not refresh facts of node ${nodeId}`, (error as Error).message);
        }
      }, FACTS_REFRESH_DELAY_MS),
    );
  };

  // Routing to a node goes through its room; with a socket.io adapter the room spans every replica.
  const attach = async (socket: AgentSocket, node: NodeRef) => {
    // A reconnecting agent may race its own stale socket (here or on another replica): the newest wins.
    agents.in(agentRoom(node.id)).disconnectSockets(true);
    await socket.join(agentRoom(node.id));
  };

  /** The node a saying-hello agent speaks for, or why it is refused. */
  const admit = async (socket: AgentSocket, hello: AgentHello): Promise<NodeRef | ErrorReply> => {
    const { node, credentialId } = socket.data;
    if (!node) {
      const joined = await joinWithToken(db, socket, hello, log);
      if ("id" in joined) await attach(socket, joined);
      return joined;
    }
    // A revocation that landed between this socket's handshake and its joining the node's room
    // would have missed it; looking again here closes that gap.
    const credential = await db.agentCredential.findUnique({ where: { id: credentialId ?? "" } });
    if (!credential) return fail("UNAUTHORIZED", "The control plane does not know this credential any more.");
    if (credential.revokedAt) return fail("UNAUTHORIZED", revokedRefusal(credential.revokedAt).message);
    return node;
  };

  agents.use(agentAuth(db));

  agents.on("connection", async (socket: AgentSocket) => {
    if (socket.data.node) await attach(socket, socket.data.node);
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
      const node = await admit(socket, hello.data).catch((error: unknown) => {
        log.error("could not admit an agent", error);
        return fail("INTERNAL", "The control plane could not admit this agent just now.");
      });
      if (!("id" in node)) {
        ack(node);
        socket.disconnect();
        return;
      }
      await recordEngineStatus(db, node.id, hello.data.engine, hello.data.agentVersion).catch((error) => log.warn(`could not record the hello of ${node.name}`, error));
      log.info(`agent of ${node.name} connected (engine ${hello.data.engine.reachable ? "reachable" : "unreachable"})`);
      announce(node.id, true, hello.data.engine.reachable);
      ack(ok({ nodeId: node.id, heartbeatMs: HEARTBEAT_MS }));
      links.attach(node.id, socket);
      // A manager's answer also brings its swarm's node labels, which access checks match.
      if (hello.data.engine.reachable) refreshFactsSoon(node.id);
    });

    // A beat with host usage is written every time (one UPDATE every few seconds per node is light
    // even for SQLite); one without, from an agent that has none to send, only every third beat.
    socket.on(AgentEvent.heartbeat, async (payload) => {
      const node = socket.data.node;
      const beat = Heartbeat.safeParse(payload);
      if (!node || !beat.success || (!beat.data.usage && Date.now() - lastSeenWrite < 3 * HEARTBEAT_MS)) return;
      lastSeenWrite = Date.now();
      await recordHeartbeat(db, node.id, beat.data).catch((error) => log.warn("could not record heartbeat", error));
    });

    socket.on(AgentEvent.engineStatus, async (payload) => {
      const node = socket.data.node;
      if (!node) return;
      const status = EngineStatus.safeParse(payload);
      if (!status.success) return log.warn(`malformed engine status from ${node.name}`, status.error.issues[0]);
      await recordEngineStatus(db, node.id, status.data).catch((error) => log.warn(`could not record the engine status of ${node.name}`, error));
      announce(node.id, true, status.data.reachable);
    });

    socket.on(AgentEvent.engineEvents, (payload) => {
      const node = socket.data.node;
      if (!node) return;
      const batch = EngineEventBatch.safeParse(payload);
      if (!batch.success) return log.warn(`malformed engine events from ${node.name}`, batch.error.issues[0]);
      browsers.to(nodeWatchersRoom(node.id)).emit(BrowserEvent.nodeEvents, { nodeId: node.id, events: batch.data.events });
      const changes = batch.data.events.map(({ type, action, timeNano }) => ({ type, action, timeNano, actorId: "", attributes: {} }));
      browsers.to(nodeChangesRoom(node.id)).emit(BrowserEvent.nodeEvents, { nodeId: node.id, events: changes });
      refreshFactsSoon(node.id);
    });

    // Acknowledged once recorded: the agent keeps the report and tells it again until then.
    socket.on(AgentEvent.execEnded, async (payload, ack) => {
      const node = socket.data.node;
      if (typeof ack !== "function" || !node) return;
      const report = ExecEnded.safeParse(payload);
      if (!report.success) return ack(fail("BAD_REQUEST", `Malformed terminal session end: ${report.error.issues[0]?.message}`));
      try {
        await recordExecClose(db, node, report.data);
        ack(ok(null));
      } catch (error) {
        log.error(`could not audit the end of a terminal session on ${node.name}`, error);
        ack(fail("INTERNAL", "The control plane could not record the session's end just now."));
      }
    });

    socket.on("disconnect", async (reason) => {
      const node = socket.data.node;
      if (!node) return;
      log.info(`agent of ${node.name} disconnected (${reason})`);
      const stillConnected = (await agents.in(agentRoom(node.id)).fetchSockets()).length > 0;
      if (!stillConnected) announce(node.id, false, false);
    });
  });
}
