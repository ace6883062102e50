"use client";
/**
 * The four charts of a container, a service or a node: CPU, memory used against its limit,
 * network received and sent, block I/O read and written.
 */
import type { MetricPoint } from "@wheelhouse/protocol";
import { formatBytes, TimeSeriesChart, type ChartSeries } from "@wheelhouse/ui";
import { ChartBlock } from "./chart-block";
import { withinReach } from "./reference-line";

interface MetricChartsProps {
  points: readonly MetricPoint[];
  /** The edges of the time axis. */
  from: number;
  to: number;
  /** A node's CPU is a share of all its CPUs (at most 100 %); a container's is 100 % per CPU. */
  kind: "container" | "service" | "node";
}

const CPU_NOTE = { node: "of all the host's CPUs", container: "100 % is one CPU", service: "summed over tasks; 100 % is one CPU" };

export function MetricCharts({ points, from, to, kind }: MetricChartsProps) {
  const ts = points.map((p) => p.ts);
  const column = (pick: (p: MetricPoint) => number) => points.map(pick);
  const usage = column((p) => p.memoryUsage);
  const limit = column((p) => p.memoryLimit);
  const limitShown = withinReach(usage, limit);
  const memory: ChartSeries[] = [{ label: kind === "node" ? "Used" : "Usage", color: "--color-info", values: usage }];
  if (limitShown) memory.push({ label: kind === "node" ? "Total" : "Limit", color: "--color-fg-subtle", values: limit, reference: true });
  const limitNote = `${kind === "node" ? "of" : "limit"} ${formatBytes(limit.at(-1) ?? 0)}`;
  const axis = { from, to, timestamps: ts };
  const seriesOf = (...lines: [label: string, color: string, pick: (p: MetricPoint) => number][]): ChartSeries[] => lines.map(([label, color, pick]) => ({ label, color, values: column(pick) }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartBlock title="CPU" note={CPU_NOTE[kind]}>
        <TimeSeriesChart label="CPU use" unit="percent" {...axis} minMax={kind === "node" ? 100 : 0} series={seriesOf(["CPU", "--color-accent-500", (p) => p.cpuPercent])} />
      </ChartBlock>
      <ChartBlock title="Memory" note={limitShown ? (kind === "node" ? "used of total" : "usage against limit") : limitNote}>
        <TimeSeriesChart label="Memory use" unit="bytes" {...axis} series={memory} />
      </ChartBlock>
      <ChartBlock title="Network" note={kind === "node" ? "physical interfaces" : undefined}>
        <TimeSeriesChart label="Network traffic" unit="bytesPerSecond" {...axis} series={seriesOf(["Received", "--color-success", (p) => p.netRx], ["Sent", "--color-accent-700", (p) => p.netTx])} />
      </ChartBlock>
      <ChartBlock title={kind === "node" ? "Disk I/O" : "Block I/O"}>
        <TimeSeriesChart label="Block I/O" unit="bytesPerSecond" {...axis} series={seriesOf(["Read", "--color-warning", (p) => p.blockRead], ["Written", "--color-danger", (p) => p.blockWrite])} />
      </ChartBlock>
    </div>
  );
}
