"use client";
/** Every cluster at a glance, refreshed whenever a node's state changes. */
import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "@wheelhouse/ui";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { ClusterCard } from "./cluster-card";

export function ClusterOverview() {
  const trpc = useTRPC();
  const clusters = useQuery(trpc.clusters.list.queryOptions());
  if (clusters.isPending) return <LoadingState label="Loading clusters…" />;
  if (clusters.error) return <ErrorState message={errorMessage(clusters.error)} onRetry={() => void clusters.refetch()} />;
  return (
    <section aria-label="Clusters" className="grid gap-4 xl:grid-cols-2">
      {clusters.data.map((cluster) => (
        <ClusterCard key={cluster.id} cluster={cluster} />
      ))}
    </section>
  );
}
