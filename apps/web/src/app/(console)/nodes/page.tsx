"use client";
/** All nodes: connection, engine, facts; and adding a node whose agent will dial in. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { Server } from "lucide-react";
import { AddNodeButton } from "@/components/nodes/add-node-button";
import { nodeColumns } from "@/components/nodes/node-columns";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function NodesPage() {
  const trpc = useTRPC();
  const nodes = useQuery(trpc.nodes.list.queryOptions());
  return (
    <>
      <PageHeader title="Nodes" description="Docker hosts whose agents report to this control plane." actions={<AddNodeButton />} />
      <DataTable
        label="Nodes"
        noun="node"
        columns={nodeColumns}
        rows={nodes.data}
        getRowId={(n) => n.id}
        loading={nodes.isPending}
        error={nodes.error ? errorMessage(nodes.error) : null}
        onRetry={() => void nodes.refetch()}
        filterText={(n) => `${n.name} ${n.hostname ?? ""}`}
        empty={<EmptyState icon={<Server />} title="No nodes" description="Add a node, then start its agent with the command shown." />}
      />
    </>
  );
}
