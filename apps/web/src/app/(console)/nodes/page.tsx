"use client";
/** All nodes: connection, engine, facts, and cutting a node off; adding nodes with join tokens, and those tokens' fate. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { Server } from "lucide-react";
import { AddNodeButton } from "@/components/nodes/add-node-button";
import { JoinTokensTable } from "@/components/nodes/join-tokens-table";
import { NodeActions } from "@/components/nodes/node-actions";
import { nodeColumns } from "@/components/nodes/node-columns";
import { useNodeListEvents } from "@/hooks/use-node-list-events";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function NodesPage() {
  const trpc = useTRPC();
  const nodes = useQuery(trpc.nodes.list.queryOptions());
  useNodeListEvents();
  return (
    <>
      <PageHeader title="Nodes" description="Docker hosts whose agents report to this control plane." actions={<AddNodeButton />} />
      <DataTable
        label="Nodes"
        noun="node"
        columns={nodeColumns}
        rows={nodes.data}
        getRowId={(n) => n.id}
        rowActions={(n) => <NodeActions node={n} />}
        loading={nodes.isPending}
        error={nodes.error ? errorMessage(nodes.error) : null}
        onRetry={() => void nodes.refetch()}
        filterText={(n) => `${n.name} ${n.hostname ?? ""}`}
        empty={<EmptyState icon={<Server />} title="No nodes" description="Add a node, then run the command it shows on the new host." />}
      />
      <h2 className="mt-10 mb-3 text-sm font-semibold tracking-wide text-fg-subtle uppercase">Join tokens</h2>
      <JoinTokensTable />
    </>
  );
}
