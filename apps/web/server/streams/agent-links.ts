/**
 * The channels to each agent connected to this replica, by node. Streams are opened here on the
 * node's agent; each closes when its agent's connection drops, and whoever relays it may reopen
 * it (resuming where it stopped) once the agent is back, which `whenConnected` announces.
 *
 * Unlike commands, which reach an agent through its room on any replica, a channel needs the
 * agent's own socket: with several replicas, a stream is served only by the replica its agent
 * is connected to, and elsewhere is refused as AGENT_UNAVAILABLE.
 *
 * The agent this process runs for its own host carries its channels on an in-process link rather
 * than its socket (see in-process-link.ts); the link is used only for the socket that claimed it.
 */
import { Channels, type Channel, type ChannelHealth, type InProcessLink, type Logger } from "@wheelhouse/channels";
import { fail, type AgentStreamKind, type Reply } from "@wheelhouse/protocol";
import type { AgentSocket } from "../sockets/namespaces.ts";

export interface AgentLinks {
  /** AGENT_UNAVAILABLE when the node's agent is not connected to this replica. */
  open(nodeId: string, kind: AgentStreamKind, params: unknown): Promise<Reply<Channel>>;
  connected(nodeId: string): boolean;
  /** The channels open on the node's agent, each with its flow and backlog; none while it is away. */
  health(nodeId: string): ChannelHealth[];
  /** Calls back each time the node's agent (re)connects and is accepted; returns the unsubscribe. */
  whenConnected(nodeId: string, listener: () => void): () => void;
  /** Calls back each time any node's agent is linked, for what every agent serves (its metrics); returns the unsubscribe. */
  onLinked(listener: (nodeId: string) => void): () => void;
}

export interface AgentLinkRegistry extends AgentLinks {
  /** From the agent's accepted hello until its socket disconnects. */
  attach(nodeId: string, socket: AgentSocket): void;
}

export function createAgentLinks(logger: Logger, inProcessLink?: InProcessLink): AgentLinkRegistry {
  const links = new Map<string, Channels>();
  const listeners = new Map<string, Set<() => void>>();
  const anyNode = new Set<(nodeId: string) => void>();

  return {
    async open(nodeId, kind, params) {
      const channels = links.get(nodeId);
      if (!channels) return fail("AGENT_UNAVAILABLE", "The node's agent is not connected.");
      return channels.open(kind, params);
    },

    connected: (nodeId) => links.has(nodeId),

    health: (nodeId) => links.get(nodeId)?.health() ?? [],

    whenConnected(nodeId, listener) {
      const forNode = listeners.get(nodeId) ?? new Set();
      listeners.set(nodeId, forNode.add(listener));
      return () => {
        forNode.delete(listener);
        if (forNode.size === 0) listeners.delete(nodeId);
      };
    },

    onLinked(listener) {
      anyNode.add(listener);
      return () => void anyNode.delete(listener);
    },

    attach(nodeId, socket) {
      // A hello said again on the same socket keeps its channels.
      if (links.get(nodeId) && socket.data.channels === links.get(nodeId)) return;
      const inProcess = inProcessLink?.isClaimedBy(socket.id) ? inProcessLink : undefined;
      inProcess?.connect();
      const channels = new Channels(inProcess?.planeEnd ?? socket, { logger });
      socket.data.channels = channels;
      links.get(nodeId)?.dispose();
      links.set(nodeId, channels);
      socket.once("disconnect", () => {
        // First, so that its streams close as lost to the connection; unless the agent has since
        // reconnected on a new socket, and claimed the link for that one.
        if (inProcess?.isClaimedBy(socket.id)) inProcess.disconnect();
        channels.dispose();
        if (links.get(nodeId) === channels) links.delete(nodeId);
      });
      for (const listener of [...(listeners.get(nodeId) ?? [])]) listener();
      for (const listener of [...anyNode]) listener(nodeId);
    },
  };
}
