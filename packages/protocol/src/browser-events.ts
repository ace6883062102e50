/**
 * The browser namespace: live pushes to the UI. Browsers watch a node to receive its engine
 * events and connection changes; the socket event's permission is declared in packages/api.
 */
import { z } from "zod";
import { EngineEvent } from "./engine.ts";
import type { ChannelEvents } from "./channels.ts";
import type { Reply } from "./reply.ts";
import { NodeId } from "./refs.ts";

export const BROWSER_NAMESPACE = "/browser";

export const BrowserEvent = {
  watchNode: "node:watch",
  unwatchNode: "node:unwatch",
  nodeEvents: "node:events",
  nodeStatus: "node:status",
  nodesChanged: "nodes:changed",
} as const;

export const WatchNode = z.object({ nodeId: NodeId });
export type WatchNode = z.infer<typeof WatchNode>;

/**
 * What a watcher hears: every event in full ("events"), or, when its grants reach only some
 * labelled objects on the node, each change's type and action alone ("changes"): enough to
 * refresh its lists, without naming what belongs to others.
 */
export const WatchScope = z.enum(["events", "changes"]);
export type WatchScope = z.infer<typeof WatchScope>;

export const NodeEvents = z.object({ nodeId: z.string(), events: z.array(EngineEvent) });
export type NodeEvents = z.infer<typeof NodeEvents>;

export const NodeStatusChange = z.object({ nodeId: z.string(), connected: z.boolean(), engineReachable: z.boolean() });
export type NodeStatusChange = z.infer<typeof NodeStatusChange>;

/** To every browser that may see nodes: a node joined, left, connected, disconnected or changed, so lists refresh. */
export const NodesChanged = z.object({ nodeId: z.string() });
export type NodesChanged = z.infer<typeof NodesChanged>;

/** Streams travel as channels (channels.ts), whose events both ends send. */
export interface BrowserToServerEvents extends ChannelEvents {
  [BrowserEvent.watchNode]: (req: WatchNode, ack: (reply: Reply<{ scope: WatchScope }>) => void) => void;
  [BrowserEvent.unwatchNode]: (req: WatchNode) => void;
}

export interface ServerToBrowserEvents extends ChannelEvents {
  [BrowserEvent.nodeEvents]: (payload: NodeEvents) => void;
  [BrowserEvent.nodeStatus]: (payload: NodeStatusChange) => void;
  [BrowserEvent.nodesChanged]: (payload: NodesChanged) => void;
}
