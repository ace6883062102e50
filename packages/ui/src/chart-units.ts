/** The units charts draw in, and how a value reads in each: on an axis, in a legend, in a table. */
import { formatBytes } from "./format.ts";

export type ChartUnit = "percent" | "bytes" | "bytesPerSecond" | "cores";

export function formatChartValue(value: number, unit: ChartUnit): string {
  switch (unit) {
    case "percent":
      return `${value < 10 && value !== 0 ? value.toFixed(1) : Math.round(value)} %`;
    case "bytes":
      return formatBytes(value);
    case "bytesPerSecond":
      return `${formatBytes(value)}/s`;
    case "cores": {
      const cpus = Number(value.toFixed(value < 10 ? 2 : 1));
      return `${cpus} ${cpus === 1 ? "CPU" : "CPUs"}`;
    }
  }
}
