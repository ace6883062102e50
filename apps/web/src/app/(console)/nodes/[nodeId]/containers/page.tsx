"use client";
import { useQuery } from "@tanstack/react-query";
import type { ContainerSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { Box } from "lucide-react";
import { useState } from "react";
import { containerColumns } from "@/components/containers/container-columns";
import { ContainerActions } from "@/components/containers/container-actions";
import { ContainerDetails } from "@/components/containers/container-details";
import { NodePage } from "@/components/node-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function ContainersPage() {
  return (
    <NodePage title="Containers" description="Every container on this node, running or not.">
      {(node) => <ContainersTable nodeId={node.id} />}
    </NodePage>
  );
}

function ContainersTable({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const containers = useQuery(trpc.containers.list.queryOptions({ nodeId }));
  const [selected, setSelected] = useState<ContainerSummary | null>(null);

  return (
    <>
      <DataTable
        label="Containers"
        noun="container"
        columns={containerColumns(setSelected)}
        rows={containers.data}
        getRowId={(c) => c.id}
        loading={containers.isPending}
        error={containers.error ? errorMessage(containers.error) : null}
        onRetry={() => void containers.refetch()}
        filterText={(c) => `${c.name} ${c.image} ${c.state} ${c.id}`}
        filterPlaceholder="Filter by name, image or state"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(c) => <ContainerActions nodeId={nodeId} container={c} />}
        empty={<EmptyState icon={<Box />} title="No containers" description="Containers created on this node with docker run, compose or a service appear here." />}
      />
      <ContainerDetails nodeId={nodeId} container={selected} onClose={() => setSelected(null)} />
    </>
  );
}
