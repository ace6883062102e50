"use client";
/** The node's `docker system df`: one card per kind of object. */
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "@wheelhouse/ui";
import { Box, Hammer, HardDrive, Layers } from "lucide-react";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { UsageCard } from "./usage-card";

export function DiskUsageGrid({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const usage = useQuery(trpc.system.diskUsage.queryOptions({ nodeId }));
  if (usage.error) {
    return <ErrorState title="Could not read disk usage" message={errorMessage(usage.error)} onRetry={() => void usage.refetch()} />;
  }
  const data = usage.data;
  return (
    <div aria-busy={usage.isPending || undefined} className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <UsageCard label="Images" noun="image" icon={<Layers />} usage={data?.images} />
      <UsageCard label="Containers" noun="container" icon={<Box />} usage={data?.containers} />
      <UsageCard label="Local volumes" noun="volume" icon={<HardDrive />} usage={data?.volumes} />
      <UsageCard label="Build cache" noun="cache record" icon={<Hammer />} usage={data?.buildCache} />
    </div>
  );
}
