"use client";
/** Every cluster at a glance, refreshed whenever a node's state changes. */
import { useQuery } from "@tanstack/react-query";
import { QueryStates } from "@/components/query-states";
import { useAccess } from "@/hooks/use-access";
import { useTRPC } from "@/lib/trpc";
import { ClusterCard } from "./cluster-card";
import { GroupHostsButton } from "./group-hosts-button";

const USAGE_REFRESH_MS = 15_000;

export function ClusterOverview() {
  const trpc = useTRPC();
  const { isAdmin } = useAccess();
  // Membership and health arrive with node events; CPU and memory in use change with every
  // heartbeat, which is pushed to nobody, so the figures are re-read at a calm pace.
  const clusters = useQuery({ ...trpc.clusters.list.queryOptions(), refetchInterval: USAGE_REFRESH_MS });
  return (
    <section aria-labelledby="clusters-heading">
      <div className="mb-3 flex items-center justify-between gap-4">
        <h2 id="clusters-heading" className="text-sm font-semibold tracking-wide text-fg-subtle uppercase">
          Clusters
        </h2>
        {isAdmin && clusters.data && <GroupHostsButton clusters={clusters.data} />}
      </div>
      <QueryStates query={clusters} loadingLabel="Loading clusters…">
        {(list) => (
          <div className="grid gap-4 xl:grid-cols-2">
            {list.map((cluster) => (
              <ClusterCard key={cluster.id} cluster={cluster} />
            ))}
          </div>
        )}
      </QueryStates>
    </section>
  );
}
