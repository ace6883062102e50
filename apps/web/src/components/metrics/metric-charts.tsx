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
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartBlock title="CPU" note={CPU_NOTE[kind]}>
        <TimeSeriesChart label="CPU use" unit="percent" from={from} to={to} minMax={kind === "node" ? 100 : 0} timestamps={ts} series={[{ label: "CPU", color: "--color-accent-500", values: column((p) => p.cpuPercent) }]} />
      </ChartBlock>
      <ChartBlock title="Memory" note={limitShown ? (kind === "node" ? "used of total" : "usage against limit") : limitNote}>
        <TimeSeriesChart label="Memory use" unit="bytes" from={from} to={to} timestamps={ts} series={memory} />
      </ChartBlock>
      <ChartBlock title="Network" note={kind === "node" ? "physical interfaces" : undefined}>
        <TimeSeriesChart
          label="Network traffic"
          unit="bytesPerSecond"
          from={from}
          to={to}
          timestamps={ts}
          series={[
            { label: "Received", color: "--color-success", values: column((p) => p.netRx) },
            { label: "Sent", color: "--color-accent-700", values: column((p) => p.netTx) },
          ]}
        />
      </ChartBlock>
      <ChartBlock title={kind === "node" ? "Disk I/O" : "Block I/O"}>
        <TimeSeriesChart
          label="Block I/O"
          unit="bytesPerSecond"
          from={from}
          to={to}
          timestamps={ts}
          series={[
            { label: "Read", color: "--color-warning", values: column((p) => p.blockRead) },
            { label: "Written", color: "--color-danger", values: column((p) => p.blockWrite) },
          ]}
        />
      </ChartBlock>
    </div>
  );
}
