/** A cluster's CPU and memory figures: in use out of capacity, or capacity alone until its hosts report usage. */
import type { ClusterView } from "@wheelhouse/api";
import { formatBytes, pluralize } from "@wheelhouse/ui";
import { UsageBar } from "@/components/usage-bar";

export function ClusterUsage({ cluster }: { cluster: ClusterView }) {
  const { capacity, used } = cluster;
  const reported = used.nodes > 0;
  // Capacity counts every host with facts; say so when fewer of them report what they use.
  const partial = reported && used.nodes < cluster.nodes.length ? `(${used.nodes} of ${pluralize(cluster.nodes.length, "host")} reporting)` : undefined;
  // One decimal, as people count cores in use: "0.4 cores".
  const cores = (n: number) => pluralize(Math.round(n * 10) / 10, "core");
  return (
    <>
      <UsageFigure label="CPU" used={reported ? used.cpus : null} total={capacity.cpus} format={cores} note={partial} />
      <UsageFigure label="Memory" used={reported ? used.memoryBytes : null} total={capacity.memoryBytes} format={formatBytes} note={partial} />
    </>
  );
}

function UsageFigure({ label, used, total, format, note }: { label: string; used: number | null; total: number; format: (n: number) => string; note: string | undefined }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-fg tabular-nums">{format(used ?? total)}</dd>
      <dd className="text-xs text-fg-subtle">{used === null ? "capacity" : [`of ${format(total)} in use`, note].filter(Boolean).join(" ")}</dd>
      {used !== null && (
        <dd>
          <UsageBar label={`${label} in use`} used={used} total={total} />
        </dd>
      )}
    </div>
  );
}
