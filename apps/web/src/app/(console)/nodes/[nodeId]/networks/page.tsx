"use client";
import { useQuery } from "@tanstack/react-query";
import type { NetworkSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { Network } from "lucide-react";
import { useState } from "react";
import { NetworkActions } from "@/components/networks/network-actions";
import { networkColumns } from "@/components/networks/network-columns";
import { NetworkDetails } from "@/components/networks/network-details";
import { NodePage } from "@/components/node-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function NetworksPage() {
  return (
    <NodePage title="Networks" description="Networks on this node and the containers attached to them.">
      {(node) => <NetworksTable nodeId={node.id} />}
    </NodePage>
  );
}

function NetworksTable({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const networks = useQuery(trpc.networks.list.queryOptions({ nodeId }));
  const [selected, setSelected] = useState<NetworkSummary | null>(null);

  return (
    <>
      <DataTable
        label="Networks"
        noun="network"
        columns={networkColumns(setSelected)}
        rows={networks.data}
        getRowId={(n) => n.id}
        loading={networks.isPending}
        error={networks.error ? errorMessage(networks.error) : null}
        onRetry={() => void networks.refetch()}
        filterText={(n) => `${n.name} ${n.id} ${n.driver} ${n.scope} ${n.subnets.map((s) => s.subnet).join(" ")}`}
        filterPlaceholder="Filter by name, driver or subnet"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(n) => <NetworkActions nodeId={nodeId} network={n} />}
        empty={
          <EmptyState
            icon={<Network />}
            title="No networks"
            description="Networks made with docker network create, compose or a stack appear here beside the engine's own bridge, host and none."
          />
        }
      />
      <NetworkDetails nodeId={nodeId} network={selected} onClose={() => setSelected(null)} />
    </>
  );
}
