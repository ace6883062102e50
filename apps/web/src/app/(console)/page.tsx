"use client";
/** The dashboard: every cluster at a glance, then each node with its engine's facts and object counts. */
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader } from "@wheelhouse/ui";
import { KeyRound, Server } from "lucide-react";
import { ClusterOverview } from "@/components/clusters/cluster-overview";
import { NodeOverview } from "@/components/node-overview";
import { QueryStates } from "@/components/query-states";
import { useAccess } from "@/hooks/use-access";
import { useTRPC } from "@/lib/trpc";

export default function DashboardPage() {
  const trpc = useTRPC();
  const { holds } = useAccess();
  const mayView = holds("node.view");
  const nodes = useQuery(trpc.nodes.list.queryOptions(undefined, { enabled: mayView }));
  const header = <PageHeader title="Dashboard" description="The clusters and Docker hosts this control plane manages." />;

  if (!mayView) {
    return (
      <>
        {header}
        <EmptyState
          icon={<KeyRound />}
          title="No access yet"
          description="Your account holds no grants, so there is nothing to show. Ask an administrator to give you, or a team you are in, a role on a resource set."
        />
      </>
    );
  }
  return (
    <>
      {header}
      <ClusterOverview />
      <h2 className="mt-10 mb-3 text-sm font-semibold tracking-wide text-fg-subtle uppercase">Nodes</h2>
      <QueryStates query={nodes} loadingLabel="Loading nodes…">
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<Server />} title="No nodes yet" description="Add a node to start managing its Docker Engine." />
          ) : (
            <div className="space-y-8">
              {list.map((node) => (
                <NodeOverview key={node.id} node={node} showContainers={holds("container.view")} />
              ))}
            </div>
          )
        }
      </QueryStates>
    </>
  );
}
