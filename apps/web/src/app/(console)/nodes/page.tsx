"use client";
/** All nodes: connection, host usage, engine, each one's details, and cutting a node off; adding nodes with join tokens, and those tokens' fate. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { Server } from "lucide-react";
import { useState } from "react";
import { AddNodeButton } from "@/components/nodes/add-node-button";
import { JoinTokensTable } from "@/components/nodes/join-tokens-table";
import { NodeActions } from "@/components/nodes/node-actions";
import { nodeColumns } from "@/components/nodes/node-columns";
import { NodeDetails } from "@/components/nodes/node-details";
import { useAccess } from "@/hooks/use-access";
import { useNodeListEvents } from "@/hooks/use-node-list-events";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function NodesPage() {
  const trpc = useTRPC();
  const nodes = useQuery(trpc.nodes.list.queryOptions());
  const { isAdmin } = useAccess();
  useNodeListEvents();
  // By id, so the open panel follows the list as it refreshes.
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <PageHeader title="Nodes" description="Docker hosts whose agents report to this control plane." actions={isAdmin && <AddNodeButton />} />
      <DataTable
        label="Nodes"
        noun="node"
        columns={nodeColumns((n) => setOpenId(n.id))}
        rows={nodes.data}
        getRowId={(n) => n.id}
        rowActions={(n) => <NodeActions node={n} />}
        loading={nodes.isPending}
        error={nodes.error ? errorMessage(nodes.error) : null}
        onRetry={() => void nodes.refetch()}
        filterText={(n) => `${n.name} ${n.hostname ?? ""} ${n.addresses.map((a) => a.address).join(" ")}`}
        empty={
          <EmptyState
            icon={<Server />}
            title="No nodes"
            description={isAdmin ? "Add a node, then run the command it shows on the new host." : "None of the nodes is in a resource set granted to you. An administrator can grant you one."}
          />
        }
      />
      <NodeDetails node={nodes.data?.find((n) => n.id === openId) ?? null} onClose={() => setOpenId(null)} />
      {isAdmin && (
        <>
          <h2 className="mt-10 mb-3 text-sm font-semibold tracking-wide text-fg-subtle uppercase">Join tokens</h2>
          <JoinTokensTable />
        </>
      )}
    </>
  );
}
