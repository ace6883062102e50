"use client";
/** A node's containers by their latest CPU and memory, among those the viewer may see; refreshed at the sampling interval. */
import { useQuery } from "@tanstack/react-query";
import type { ContainerSample } from "@wheelhouse/protocol";
import { Card, DataTable, EmptyState, formatChartValue, type DataTableColumn } from "@wheelhouse/ui";
import { Gauge } from "lucide-react";
import { UsageBar } from "@/components/usage-bar";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

const columns: DataTableColumn<ContainerSample>[] = [
  {
    key: "name",
    header: "Container",
    sortValue: (c) => c.name,
    cell: (c) => (
      <span className="font-medium text-fg">
        {c.name}
        {c.serviceName && <span className="block text-xs font-normal text-fg-subtle">service {c.serviceName}</span>}
      </span>
    ),
  },
  { key: "cpu", header: "CPU", sortValue: (c) => c.cpuPercent, cell: (c) => <span className="tabular-nums">{formatChartValue(c.cpuPercent, "percent")}</span> },
  {
    key: "memory",
    header: "Memory",
    sortValue: (c) => c.memoryUsage,
    cell: (c) => (
      <div className="w-40">
        <span className="tabular-nums">{formatChartValue(c.memoryUsage, "bytes")}</span>
        <span className="text-xs text-fg-subtle"> of {formatChartValue(c.memoryLimit, "bytes")}</span>
        <UsageBar label={`Memory of ${c.name}`} used={c.memoryUsage} total={c.memoryLimit} />
      </div>
    ),
  },
  {
    key: "net",
    header: "Network in / out",
    sortValue: (c) => c.netRx + c.netTx,
    cell: (c) => <span className="text-fg-muted tabular-nums">{`${formatChartValue(c.netRx, "bytesPerSecond")} / ${formatChartValue(c.netTx, "bytesPerSecond")}`}</span>,
  },
  {
    key: "block",
    header: "Block read / write",
    sortValue: (c) => c.blockRead + c.blockWrite,
    cell: (c) => <span className="text-fg-muted tabular-nums">{`${formatChartValue(c.blockRead, "bytesPerSecond")} / ${formatChartValue(c.blockWrite, "bytesPerSecond")}`}</span>,
  },
];

export function TopConsumers({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const top = useQuery({ ...trpc.metrics.topConsumers.queryOptions({ nodeId }), refetchInterval: (query) => query.state.data?.intervalMs ?? 5_000 });
  return (
    <Card title="Top consumers" description="Running containers by their latest sample. Only containers you may see are listed." padded={false}>
      <DataTable
        label="Top consumers"
        noun="container"
        columns={columns}
        rows={top.data?.containers}
        getRowId={(c) => c.containerId}
        loading={top.isPending}
        error={top.error ? errorMessage(top.error) : null}
        onRetry={() => void top.refetch()}
        defaultSort={{ key: "cpu", direction: "desc" }}
        empty={<EmptyState icon={<Gauge />} title="No samples yet" description="Running containers appear here once the agent has sampled them twice (it samples every 5 s)." />}
      />
    </Card>
  );
}
