"use client";
/**
 * Keeps the node list live: when the server says a node joined, left, connected or disconnected,
 * refreshes the nodes (and the join tokens, whose use counts change as nodes join). No polling.
 */
import { BrowserEvent } from "@wheelhouse/protocol";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { browserSocket } from "@/lib/browser-socket";
import { useTRPC } from "@/lib/trpc";

// Several agents reconnecting together (after a control-plane restart) make one refresh.
const REFRESH_DELAY_MS = 150;

export function useNodeListEvents(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(() => {
    const socket = browserSocket();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries(trpc.nodes.pathFilter());
        void queryClient.invalidateQueries(trpc.joinTokens.pathFilter());
      }, REFRESH_DELAY_MS);
    };
    socket.on(BrowserEvent.nodesChanged, refresh);
    // Changes made while the socket was down were not heard.
    socket.on("connect", refresh);
    return () => {
      clearTimeout(timer);
      socket.off(BrowserEvent.nodesChanged, refresh);
      socket.off("connect", refresh);
    };
  }, [queryClient, trpc]);
}
