"use client";
/**
 * A time series chart: uPlot on a canvas, which redraws thousands of points in a millisecond or
 * two, so a live series can take a point every few seconds without React re-rendering anything but
 * the data. Colours come from the design tokens (CSS variables), so the chart reads on whichever
 * theme the page has; values are formatted in the chart's unit on the axis and in the legend,
 * which follows the cursor.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import { withGaps } from "./chart-gaps.ts";
import { formatChartValue, type ChartUnit } from "./chart-units.ts";

export interface ChartSeries {
  label: string;
  /** A design token, e.g. "--color-accent-500". */
  color: string;
  values: readonly (number | null)[];
  /** Drawn as a dashed line without fill: a limit or a capacity. */
  reference?: boolean;
}

export interface TimeSeriesChartProps {
  /** The chart's accessible name. */
  label: string;
  /** Epoch milliseconds, oldest first, one per value of each series. */
  timestamps: readonly number[];
  series: readonly ChartSeries[];
  unit: ChartUnit;
  /** The edges of the time axis in epoch milliseconds, so a range shows its full width while it fills. */
  from?: number;
  to?: number;
  height?: number;
  /** The y axis never reaches below this maximum (e.g. 100 for a share), so small values look small. */
  minMax?: number;
}

const token = (name: string) => (typeof window === "undefined" ? "" : getComputedStyle(document.documentElement).getPropertyValue(name).trim());

/** `current` reads the latest props, so the axes follow a range that moves without rebuilding the chart. */
function options(current: () => TimeSeriesChartProps, width: number): uPlot.Options {
  const props = current();
  const muted = token("--color-fg-muted");
  const grid = token("--color-line");
  const format = (value: number | null | undefined) => (value === null || value === undefined ? "—" : formatChartValue(value, props.unit));
  // Off the chart, the legend shows each series' latest value rather than nothing.
  const latestOf = (u: uPlot, seriesIdx: number) => (u.data[seriesIdx] as (number | null)[]).findLast((v) => v !== null);
  const axis = (extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({
    stroke: muted,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1, size: 4 },
    font: "11px Inter, ui-sans-serif, system-ui, sans-serif",
    ...extra,
  });
  return {
    width,
    height: props.height ?? 180,
    cursor: { y: false, points: { size: 6 } },
    legend: { live: true },
    scales: {
      x: {
        time: true,
        range: (_u, min, max) => {
          const { from, to } = current();
          return [from !== undefined ? Math.min(min, from / 1000) : min, to !== undefined ? Math.max(max, to / 1000) : max];
        },
      },
      y: { range: (_u, _min, max) => [0, Math.max(max * 1.1, current().minMax ?? 0, smallest(props.unit))] },
    },
    axes: [
      axis({ values: (u, splits) => splits.map((s) => formatTick(s, (u.scales.x?.max ?? 0) - (u.scales.x?.min ?? 0))) }),
      axis({ size: 76, incrs: incrementsOf(props.unit), values: (_u, splits) => splits.map((v) => formatChartValue(v, props.unit).replace(/\.0(?= )/, "")) }),
    ],
    series: [
      { label: "Time", value: (_u, ts: number | null) => (ts === null ? "latest" : TIME.format(ts * 1000)) },
      ...props.series.map((s): uPlot.Series => {
        const color = token(s.color);
        return {
          label: s.label,
          stroke: color,
          width: s.reference ? 1 : 1.5,
          dash: s.reference ? [4, 4] : undefined,
          fill: s.reference ? undefined : `color-mix(in oklch, ${color} 12%, transparent)`,
          spanGaps: false,
          value: (u, v: number | null, seriesIdx, idx) => format(idx === null ? latestOf(u, seriesIdx) : v),
        };
      }),
    ],
  };
}

const TIME = new Intl.DateTimeFormat("en-GB", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DAY = new Intl.DateTimeFormat("en-GB", { month: "short", day: "numeric" });

/** A time tick: the clock within two days, the date beyond. `spanSeconds` is the axis' width. */
function formatTick(seconds: number, spanSeconds: number): string {
  return spanSeconds > 2 * 86_400 ? DAY.format(seconds * 1000) : CLOCK.format(seconds * 1000);
}

const BINARY_STEPS = Array.from({ length: 6 }, (_, power) => [1, 2, 4, 8, 16, 32, 64, 128, 256, 512].map((m) => m * 1024 ** power)).flat();

/** Byte axes step in powers of two (1 GiB, 2 GiB, 4 GiB), so their ticks read as whole units. */
function incrementsOf(unit: ChartUnit): number[] | undefined {
  return unit === "bytes" || unit === "bytesPerSecond" ? BINARY_STEPS : undefined;
}

// A flat zero series still gets an axis with readable steps.
function smallest(unit: ChartUnit): number {
  return unit === "percent" ? 1 : unit === "cores" ? 0.1 : 1024;
}

function dataOf({ timestamps, series }: TimeSeriesChartProps): uPlot.AlignedData {
  const gapped = withGaps(timestamps, series.map((s) => s.values));
  return [gapped.timestamps.map((ts) => ts / 1000), ...gapped.columns];
}

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef(props);
  latest.current = props;
  // A new chart only when what it draws changes shape; new data alone is setData.
  const shape = `${props.unit}|${props.height}|${props.series.map((s) => `${s.label}:${s.color}:${s.reference}`).join(",")}`;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const plot = new uPlot(options(() => latest.current, element.clientWidth || 600), dataOf(latest.current), element);
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height: latest.current.height ?? 180 }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [shape]);

  useEffect(() => {
    chart.current?.setData(dataOf(props));
  }, [props]);

  return <div ref={host} role="img" aria-label={props.label} className="wh-chart w-full" />;
}
