"use client";
/**
 * The frame around a scope's charts: title, range picker, whether the charts are live, and what
 * shows while the series loads, when it fails, and before the first sample exists.
 */
import type { MetricsRange } from "@wheelhouse/protocol";
import { Badge, Card, EmptyState, ErrorState, LoadingState } from "@wheelhouse/ui";
import { Activity } from "lucide-react";
import type { ReactNode } from "react";
import type { LiveMetrics } from "@/hooks/use-metric-series";
import { errorMessage } from "@/lib/errors";
import { RangePicker } from "./range-picker";

interface MetricsFrameProps {
  title: string;
  description?: string;
  range: MetricsRange;
  onRangeChange: (range: MetricsRange) => void;
  live: LiveMetrics;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  empty: boolean;
  /** Card-less, for a drawer's tab. */
  bare?: boolean;
  children: ReactNode;
}

const LIVE: Record<LiveMetrics, { tone: "success" | "neutral" | "warning"; label: string; title: string } | null> = {
  live: { tone: "success", label: "Live", title: "New samples appear as the agent takes them" },
  connecting: { tone: "neutral", label: "Connecting", title: "Opening the live stream" },
  paused: { tone: "warning", label: "Paused", title: "The live stream is interrupted; it resumes by itself" },
  off: null,
};

export function MetricsFrame({ title, description, range, onRangeChange, live, query, empty, bare = false, children }: MetricsFrameProps) {
  const badge = LIVE[live];
  const actions = (
    <div className="flex items-center gap-3">
      {badge && (
        <span title={badge.title}>
          <Badge tone={badge.tone} dot pulse={live === "live"}>
            {badge.label}
          </Badge>
        </span>
      )}
      <RangePicker value={range} onChange={onRangeChange} />
    </div>
  );
  const body = query.isPending ? (
    <LoadingState label="Reading metrics…" />
  ) : query.error ? (
    <ErrorState title="Could not read metrics" message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
  ) : empty ? (
    <EmptyState icon={<Activity />} title="No samples yet" description="The agent samples every 5 s; the first points appear within seconds of a container running." />
  ) : (
    children
  );
  if (bare) {
    return (
      <section aria-label={title}>
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h3 className="text-sm font-semibold text-fg">{title}</h3>
          {actions}
        </div>
        {body}
      </section>
    );
  }
  return (
    <div role="region" aria-label={title}>
      <Card title={title} description={description} actions={actions}>
        {body}
      </Card>
    </div>
  );
}
