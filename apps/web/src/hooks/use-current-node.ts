"use client";
/**
 * The node the console is looking at: the one in the URL (/nodes/<id>/...), else the local node,
 * else the first one known.
 */
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { useAccess } from "@/hooks/use-access";
import { useTRPC } from "@/lib/trpc";

export function useCurrentNode() {
  const trpc = useTRPC();
  const params = useParams<{ nodeId?: string }>();
  const { holds } = useAccess();
  // Without node.view anywhere the list would only be refused (and each refusal audited).
  const nodes = useQuery(trpc.nodes.list.queryOptions(undefined, { enabled: holds("node.view") }));
  const list = nodes.data ?? [];
  const node = list.find((n) => n.id === params.nodeId) ?? (params.nodeId ? undefined : (list.find((n) => n.local) ?? list[0]));
  return { node, nodes: list, query: nodes, requestedId: params.nodeId };
}
