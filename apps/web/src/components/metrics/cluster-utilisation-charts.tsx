"use client";
/** A cluster's CPUs and memory in use against its nodes' capacity, over a range the viewer picks. */
import { METRICS_RANGES, type ClusterPoint, type MetricsRange } from "@wheelhouse/protocol";
import { TimeSeriesChart } from "@wheelhouse/ui";
import { useState } from "react";
import { useMetricSeries } from "@/hooks/use-metric-series";
import { MetricsFrame } from "./metrics-frame";

export function ClusterUtilisationCharts({ clusterId }: { clusterId: string }) {
  const [range, setRange] = useState<MetricsRange>("1h");
  const { query, points, live } = useMetricSeries<ClusterPoint>({ scope: "cluster", clusterId }, range);
  const ts = points.map((p) => p.ts);
  const from = Date.now() - METRICS_RANGES[range];
  return (
    <MetricsFrame title="Utilisation" range={range} onRangeChange={setRange} live={live} query={query} empty={points.length === 0} bare>
      <div className="@container">
        <div className="grid gap-6 @xl:grid-cols-2">
          <TimeSeriesChart
            label="CPUs in use against capacity"
            unit="cores"
            height={140}
            from={from}
            timestamps={ts}
            series={[
              { label: "CPUs in use", color: "--color-accent-500", values: points.map((p) => p.cpuUsed) },
              { label: "Capacity", color: "--color-fg-subtle", values: points.map((p) => p.cpuCapacity), reference: true },
            ]}
          />
          <TimeSeriesChart
            label="Memory in use against capacity"
            unit="bytes"
            height={140}
            from={from}
            timestamps={ts}
            series={[
              { label: "Memory in use", color: "--color-info", values: points.map((p) => p.memoryUsed) },
              { label: "Capacity", color: "--color-fg-subtle", values: points.map((p) => p.memoryTotal), reference: true },
            ]}
          />
        </div>
      </div>
    </MetricsFrame>
  );
}
