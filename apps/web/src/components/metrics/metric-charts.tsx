"use client";
/**
 * The four charts of a container, a service or a node: CPU, memory used against its limit,
 * network received and sent, block I/O read and written.
 */
import type { MetricPoint } from "@wheelhouse/protocol";
import { TimeSeriesChart } from "@wheelhouse/ui";

interface MetricChartsProps {
  points: readonly MetricPoint[];
  /** The left edge of the time axis. */
  from: number;
  /** A node's CPU is a share of all its CPUs (at most 100 %); a container's is 100 % per CPU. */
  kind: "container" | "service" | "node";
}

const CPU_NOTE = { node: "of all the host's CPUs", container: "100 % is one CPU", service: "summed over tasks; 100 % is one CPU" };

export function MetricCharts({ points, from, kind }: MetricChartsProps) {
  const ts = points.map((p) => p.ts);
  const column = (pick: (p: MetricPoint) => number) => points.map(pick);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartBlock title="CPU" note={CPU_NOTE[kind]}>
        <TimeSeriesChart label="CPU use" unit="percent" from={from} minMax={kind === "node" ? 100 : 0} timestamps={ts} series={[{ label: "CPU", color: "--color-accent-500", values: column((p) => p.cpuPercent) }]} />
      </ChartBlock>
      <ChartBlock title="Memory" note={kind === "node" ? "used of total" : "usage against limit"}>
        <TimeSeriesChart
          label="Memory use"
          unit="bytes"
          from={from}
          timestamps={ts}
          series={[
            { label: kind === "node" ? "Used" : "Usage", color: "--color-info", values: column((p) => p.memoryUsage) },
            { label: kind === "node" ? "Total" : "Limit", color: "--color-fg-subtle", values: column((p) => p.memoryLimit), reference: true },
          ]}
        />
      </ChartBlock>
      <ChartBlock title="Network" note={kind === "node" ? "physical interfaces" : undefined}>
        <TimeSeriesChart
          label="Network traffic"
          unit="bytesPerSecond"
          from={from}
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

function ChartBlock({ title, note, children }: { title: string; note?: string; children: React.ReactNode }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1.5 flex items-baseline gap-2 text-xs">
        <span className="font-semibold text-fg">{title}</span>
        {note && <span className="text-fg-subtle">{note}</span>}
      </figcaption>
      {children}
    </figure>
  );
}
