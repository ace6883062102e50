"use client";
/**
 * The swarm the console is looking at: the one in the URL (/swarms/<id>/...), else the swarm of the
 * current node, if it is in one.
 */
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { useAccess } from "@/hooks/use-access";
import { useTRPC } from "@/lib/trpc";

export function useCurrentSwarm(currentNodeId: string | undefined) {
  const trpc = useTRPC();
  const params = useParams<{ swarmId?: string }>();
  const { holds } = useAccess();
  const clusters = useQuery(trpc.clusters.list.queryOptions(undefined, { enabled: holds("node.view") }));
  const swarms = (clusters.data ?? []).filter((c) => c.kind === "swarm");
  const swarm = params.swarmId
    ? swarms.find((c) => c.swarmId === params.swarmId)
    : swarms.find((c) => c.nodes.some((n) => n.id === currentNodeId));
  return { swarm, query: clusters, requestedId: params.swarmId };
}
