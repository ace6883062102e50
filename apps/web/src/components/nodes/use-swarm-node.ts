"use client";
/**
 * A node as its swarm's managers see it (availability, swarm labels). Its own engine knows only its
 * role; and only managers report the swarm's ID, so a worker's swarm is found among the clusters.
 */
import { useQuery } from "@tanstack/react-query";
import type { NodeView } from "@wheelhouse/api";
import { useTRPC } from "@/lib/trpc";

export function useSwarmNode(node: NodeView | null) {
  const trpc = useTRPC();
  const swarmNodeId = node?.facts?.swarm.state === "active" ? node.facts.swarm.nodeId : undefined;
  const clusters = useQuery({ ...trpc.clusters.list.queryOptions(), enabled: swarmNodeId !== undefined });
  const swarmId = clusters.data?.find((c) => c.swarmId && c.nodes.some((n) => n.id === node?.id))?.swarmId ?? undefined;
  return useQuery({
    ...trpc.swarmNodes.inspect.queryOptions({ swarmId: swarmId ?? "", id: swarmNodeId ?? "" }),
    enabled: swarmId !== undefined && swarmNodeId !== undefined,
  });
}
