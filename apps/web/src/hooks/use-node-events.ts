"use client";
/**
 * Keeps a node's pages live: watches the node over socket.io and, when its engine reports changes
 * (or its agent comes and goes), refreshes the affected queries. No polling. Only the type of each
 * change is read, which is all the server tells a watcher whose grants cover part of the node.
 */
import { BrowserEvent, type EngineEvent, type NodeEvents, type NodeStatusChange } from "@wheelhouse/protocol";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { browserSocket } from "@/lib/browser-socket";
import { useTRPC } from "@/lib/trpc";

// Bursts of events (a prune, a restart) are folded into one refresh.
const REFRESH_DELAY_MS = 150;

export type LiveState = "connecting" | "live" | "offline";

export function useNodeEvents(nodeId: string | undefined): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");

  useEffect(() => {
    if (!nodeId) return;
    const socket = browserSocket();
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const refresh = (types: Iterable<string>) => {
      for (const type of types) pending.add(type);
      timer ??= setTimeout(() => {
        timer = undefined;
        const filters = [trpc.nodes.pathFilter(), trpc.clusters.pathFilter(), trpc.system.pathFilter()];
        if (pending.has("container")) filters.push(trpc.containers.pathFilter(), trpc.volumes.inspect.pathFilter(), trpc.networks.inspect.pathFilter());
        if (pending.has("image")) filters.push(trpc.images.pathFilter(), trpc.containers.pathFilter());
        if (pending.has("volume")) filters.push(trpc.volumes.pathFilter());
        if (pending.has("network")) filters.push(trpc.networks.pathFilter(), trpc.containers.inspect.pathFilter());
        if (pending.has("node")) {
          filters.push(trpc.containers.pathFilter(), trpc.images.pathFilter(), trpc.volumes.pathFilter(), trpc.networks.pathFilter(), trpc.swarmNodes.pathFilter());
        }
        // Swarm objects' events reach managers only; the console watches a manager on swarm pages.
        if (pending.has("service")) filters.push(trpc.services.pathFilter(), trpc.stacks.pathFilter());
        if (pending.has("secret")) filters.push(trpc.secrets.pathFilter());
        if (pending.has("config")) filters.push(trpc.configs.pathFilter());
        pending.clear();
        for (const filter of filters) void queryClient.invalidateQueries(filter);
      }, REFRESH_DELAY_MS);
    };

    const watch = () => {
      socket.emit(BrowserEvent.watchNode, { nodeId }, (reply) => setState(reply.ok ? "live" : "offline"));
    };
    const onEvents = (payload: NodeEvents) => {
      if (payload.nodeId === nodeId) refresh(payload.events.map((e: EngineEvent) => e.type));
    };
    const onStatus = (payload: NodeStatusChange) => {
      if (payload.nodeId === nodeId) refresh(["node"]);
    };
    const onDisconnect = () => setState("offline");
    // After a reconnect the server has forgotten our rooms, and events may have been missed.
    const onConnect = () => {
      watch();
      refresh(["node"]);
    };

    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on(BrowserEvent.nodeEvents, onEvents);
    socket.on(BrowserEvent.nodeStatus, onStatus);
    if (socket.connected) watch();
    return () => {
      clearTimeout(timer);
      socket.emit(BrowserEvent.unwatchNode, { nodeId });
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off(BrowserEvent.nodeEvents, onEvents);
      socket.off(BrowserEvent.nodeStatus, onStatus);
    };
  }, [nodeId, queryClient, trpc]);

  return state;
}
