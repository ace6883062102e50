"use client";
/** A container's, service's or node's charts over a range the viewer picks, live for the short ranges. */
import { METRICS_RANGES, type MetricPoint, type MetricsRange, type MetricsScope } from "@wheelhouse/protocol";
import { useState } from "react";
import { useMetricSeries } from "@/hooks/use-metric-series";
import { MetricCharts } from "./metric-charts";
import { MetricsFrame } from "./metrics-frame";

interface ScopeMetricsProps {
  target: Exclude<MetricsScope, { scope: "cluster" }>;
  title: string;
  description?: string;
  bare?: boolean;
}

export function ScopeMetrics({ target, title, description, bare }: ScopeMetricsProps) {
  const [range, setRange] = useState<MetricsRange>("15m");
  const { query, points, live } = useMetricSeries<MetricPoint>(target, range);
  return (
    <MetricsFrame title={title} description={description} range={range} onRangeChange={setRange} live={live} query={query} empty={points.length === 0} bare={bare}>
      <MetricCharts points={points} from={Date.now() - METRICS_RANGES[range]} to={Date.now()} kind={target.scope} />
    </MetricsFrame>
  );
}
