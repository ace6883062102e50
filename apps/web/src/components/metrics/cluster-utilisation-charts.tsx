"use client";
/** A cluster's CPUs and memory in use against its nodes' capacity, over a range the viewer picks. */
import { METRICS_RANGES, type ClusterPoint, type MetricsRange } from "@wheelhouse/protocol";
import { formatChartValue, TimeSeriesChart, type ChartSeries, type ChartUnit } from "@wheelhouse/ui";
import { useState } from "react";
import { useMetricSeries } from "@/hooks/use-metric-series";
import { ChartBlock } from "./chart-block";
import { MetricsFrame } from "./metrics-frame";
import { withinReach } from "./reference-line";

export function ClusterUtilisationCharts({ clusterId }: { clusterId: string }) {
  const [range, setRange] = useState<MetricsRange>("1h");
  const { query, points, live } = useMetricSeries<ClusterPoint>({ scope: "cluster", clusterId }, range);
  const axis = { timestamps: points.map((p) => p.ts), from: Date.now() - METRICS_RANGES[range], to: Date.now(), height: 130 };
  return (
    <MetricsFrame title="Utilisation" range={range} onRangeChange={setRange} live={live} query={query} empty={points.length === 0} bare>
      <div className="@container">
        <div className="grid gap-6 @xl:grid-cols-2">
          <UsedOfCapacity title="CPU" label="CPUs in use against capacity" unit="cores" used={points.map((p) => p.cpuUsed)} capacity={points.map((p) => p.cpuCapacity)} color="--color-accent-500" axis={axis} />
          <UsedOfCapacity title="Memory" label="Memory in use against capacity" unit="bytes" used={points.map((p) => p.memoryUsed)} capacity={points.map((p) => p.memoryTotal)} color="--color-info" axis={axis} />
        </div>
      </div>
    </MetricsFrame>
  );
}

interface UsedOfCapacityProps {
  title: string;
  label: string;
  unit: ChartUnit;
  used: number[];
  capacity: number[];
  color: string;
  axis: { timestamps: number[]; from: number; to: number; height: number };
}

function UsedOfCapacity({ title, label, unit, used, capacity, color, axis }: UsedOfCapacityProps) {
  const shown = withinReach(used, capacity);
  const series: ChartSeries[] = [{ label: "In use", color, values: used }];
  if (shown) series.push({ label: "Capacity", color: "--color-fg-subtle", values: capacity, reference: true });
  return (
    <ChartBlock title={title} note={`in use, of ${formatChartValue(capacity.at(-1) ?? 0, unit)}`}>
      <TimeSeriesChart label={label} unit={unit} series={series} {...axis} />
    </ChartBlock>
  );
}
