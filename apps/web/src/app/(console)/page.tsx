"use client";
/** The dashboard: every cluster at a glance, then each node with its engine's facts and object counts. */
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader } from "@wheelhouse/ui";
import { Server } from "lucide-react";
import { ClusterOverview } from "@/components/clusters/cluster-overview";
import { NodeOverview } from "@/components/node-overview";
import { QueryStates } from "@/components/query-states";
import { useTRPC } from "@/lib/trpc";

export default function DashboardPage() {
  const trpc = useTRPC();
  const nodes = useQuery(trpc.nodes.list.queryOptions());

  return (
    <>
      <PageHeader title="Dashboard" description="The clusters and Docker hosts this control plane manages." />
      <ClusterOverview />
      <h2 className="mt-10 mb-3 text-sm font-semibold tracking-wide text-fg-subtle uppercase">Nodes</h2>
      <QueryStates query={nodes} loadingLabel="Loading nodes…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<Server />} title="No nodes yet" description="Add a node to start managing its Docker Engine." />
          ) : (
            <div className="space-y-8">
              {list.map((node) => (
                <NodeOverview key={node.id} node={node} />
              ))}
            </div>
          )
        }
      </QueryStates>
    </>
  );
}
