"use client";
import { useQuery } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { ServerCog } from "lucide-react";
import { useMemo } from "react";
import { SwarmPage } from "@/components/swarm-page";
import { agentsBySwarmNode } from "@/components/swarm-nodes/agent-links";
import { PlacementHint } from "@/components/swarm-nodes/placement-hint";
import { SwarmNodeActions } from "@/components/swarm-nodes/swarm-node-actions";
import { swarmNodeColumns } from "@/components/swarm-nodes/swarm-node-columns";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function SwarmNodesPage() {
  return (
    <SwarmPage
      title="Swarm nodes"
      description="Every engine in this swarm as its managers see it: role, whether the scheduler may use it, and the labels placement reads."
      breadcrumb={[{ label: "Swarm nodes" }]}
    >
      {(swarm) => <SwarmNodesTable swarmId={swarm.swarmId} members={swarm.nodes} />}
    </SwarmPage>
  );
}

function SwarmNodesTable({ swarmId, members }: { swarmId: string; members: ClusterView["nodes"] }) {
  const trpc = useTRPC();
  const swarmNodes = useQuery(trpc.swarmNodes.list.queryOptions({ swarmId }));
  const agents = useQuery(trpc.nodes.list.queryOptions());
  const agentLinks = useMemo(() => {
    const memberIds = new Set(members.map((m) => m.id));
    return agentsBySwarmNode(swarmNodes.data ?? [], (agents.data ?? []).filter((n) => memberIds.has(n.id)));
  }, [swarmNodes.data, agents.data, members]);
  const managers = swarmNodes.data?.filter((n) => n.role === "manager").length ?? 0;

  return (
    <>
      <PlacementHint />
      <DataTable
        label="Swarm nodes"
        noun="node"
        columns={swarmNodeColumns(agentLinks)}
        rows={swarmNodes.data}
        getRowId={(n) => n.id}
        loading={swarmNodes.isPending}
        error={swarmNodes.error ? errorMessage(swarmNodes.error) : null}
        onRetry={() => void swarmNodes.refetch()}
        filterText={(n) => `${n.hostname} ${n.address} ${n.role} ${n.availability} ${n.state} ${Object.entries(n.labels).flat().join(" ")}`}
        filterPlaceholder="Filter by hostname, address, role or label"
        defaultSort={{ key: "role", direction: "asc" }}
        rowActions={(n) => <SwarmNodeActions swarmId={swarmId} node={n} managers={managers} />}
        empty={<EmptyState icon={<ServerCog />} title="No nodes" description="The swarm's managers listed no nodes. Try again in a moment." />}
      />
    </>
  );
}
