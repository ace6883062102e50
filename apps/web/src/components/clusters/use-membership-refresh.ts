"use client";
/**
 * After a node creates or joins a swarm: the clusters and nodes are read again. The grouping comes
 * from each agent's facts, which it reports again shortly after, so the change shows a moment later.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";

export function useMembershipRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries(trpc.clusters.pathFilter());
    void queryClient.invalidateQueries(trpc.nodes.pathFilter());
  };
}
