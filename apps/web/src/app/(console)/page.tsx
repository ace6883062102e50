"use client";
/** The dashboard: every node at a glance, with its engine's facts and object counts. */
import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorState, LoadingState, PageHeader } from "@wheelhouse/ui";
import { Server } from "lucide-react";
import { NodeOverview } from "@/components/node-overview";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function DashboardPage() {
  const trpc = useTRPC();
  const nodes = useQuery(trpc.nodes.list.queryOptions());

  return (
    <>
      <PageHeader title="Dashboard" description="The Docker hosts this control plane manages." />
      {nodes.isPending && <LoadingState label="Loading nodes…" />}
      {nodes.error && <ErrorState message={errorMessage(nodes.error)} onRetry={() => void nodes.refetch()} />}
      {nodes.data?.length === 0 && <EmptyState icon={<Server />} title="No nodes yet" description="Add a node to start managing its Docker Engine." />}
      <div className="space-y-8">
        {nodes.data?.map((node) => (
          <NodeOverview key={node.id} node={node} />
        ))}
      </div>
    </>
  );
}
