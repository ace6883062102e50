/** One line of `docker system df` as a card: total size, counts, and a bar of what pruning could free. */
import type { DiskUsage } from "@wheelhouse/protocol";
import { Card, formatBytes, pluralize, Skeleton } from "@wheelhouse/ui";
import type { ReactNode } from "react";

interface Props {
  label: string;
  noun: string;
  icon: ReactNode;
  usage: DiskUsage["images"] | undefined;
}

export function UsageCard({ label, noun, icon, usage }: Props) {
  // Engines report -1 for sizes they did not compute (e.g. volumes of other drivers).
  const size = Math.max(0, usage?.sizeBytes ?? 0);
  const reclaimable = Math.min(size, Math.max(0, usage?.reclaimableBytes ?? 0));
  const percent = size > 0 ? Math.round((reclaimable / size) * 100) : 0;
  return (
    <Card>
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-sm font-medium text-fg-muted">{label}</h2>
        <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-md bg-accent-50 text-accent-700 [&_svg]:size-4">
          {icon}
        </span>
      </div>
      {usage ? (
        <>
          <p className="mt-3 text-2xl font-semibold tracking-tight text-fg tabular-nums">{formatBytes(size)}</p>
          <p className="mt-1 text-xs text-fg-subtle">
            {pluralize(usage.count, noun)}, {usage.active.toLocaleString("en-US")} active
          </p>
          <div aria-hidden="true" className="mt-4 h-2 overflow-hidden rounded-full bg-surface-hover">
            <div className="h-full rounded-full bg-warning" style={{ width: `${percent}%` }} />
          </div>
          <p className="mt-1.5 text-xs text-fg-muted tabular-nums">
            {formatBytes(reclaimable)} reclaimable ({percent}%)
          </p>
        </>
      ) : (
        <div className="mt-3 space-y-2">
          <Skeleton className="h-8 w-24" />
          <Skeleton className="h-3 w-32" />
          <Skeleton className="mt-4 h-2 w-full" />
        </div>
      )}
    </Card>
  );
}
