/** The two socket.io namespaces, typed from packages/protocol, and the rooms that route between them. */
import type { ResolvedSession } from "@wheelhouse/auth";
import type { Channels } from "@wheelhouse/channels";
import type { AgentToServerEvents, BrowserToServerEvents, ServerToAgentEvents, ServerToBrowserEvents } from "@wheelhouse/protocol";
import type { Namespace, Socket } from "socket.io";
import type { OpenStreams } from "../streams/open-streams.ts";

type NoEvents = Record<string, never>;

export interface AgentSocketData {
  /** The node this agent speaks for: known at the handshake from its credential, or once it has joined. */
  node?: { id: string; name: string };
  /** The credential the agent presented, checked again at hello in case it was revoked in between. */
  credentialId?: string;
  /** A join token that passed the handshake; it is spent when the agent's hello says which host it is. */
  joining?: { joinTokenId: string; nodeName?: string };
  /** The streams on this agent's connection, once its hello is accepted. */
  channels?: Channels;
}
export interface BrowserSocketData {
  session: ResolvedSession;
  /** The streams this browser has open, each checked again whenever its access is. */
  streams: OpenStreams;
}

export type AgentNamespace = Namespace<AgentToServerEvents, ServerToAgentEvents, NoEvents, AgentSocketData>;
export type AgentSocket = Socket<AgentToServerEvents, ServerToAgentEvents, NoEvents, AgentSocketData>;
export type BrowserNamespace = Namespace<BrowserToServerEvents, ServerToBrowserEvents, NoEvents, BrowserSocketData>;
export type BrowserSocket = Socket<BrowserToServerEvents, ServerToBrowserEvents, NoEvents, BrowserSocketData>;

/**
 * Rooms, not socket references, route messages: with a socket.io adapter (Redis or PostgreSQL)
 * a room spans every control-plane replica, so a browser and its node's agent may sit on different ones.
 */
export const agentRoom = (nodeId: string) => `agent:${nodeId}`;
export const nodeWatchersRoom = (nodeId: string) => `node:${nodeId}`;
/** Watchers who may hear that something changed on the node, but not what: see WatchScope. */
export const nodeChangesRoom = (nodeId: string) => `node-changes:${nodeId}`;
/** Every browser that may see the node list, told when a node joins, leaves, connects or disconnects. */
export const NODE_LIST_ROOM = "nodes";
