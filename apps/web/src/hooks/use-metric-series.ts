"use client";
/**
 * A metrics series for a chart: read over its range through tRPC, then, for the short ranges,
 * kept live through the metrics stream, which sends each new point as its agent reports it. A
 * point with the time of one already held replaces it (a service's or cluster's newest sum grows
 * as its members report). Points older than the range fall off the left edge.
 */
import { useQuery } from "@tanstack/react-query";
import { BrowserStream, METRICS_RANGES, type MetricsRange, type MetricsScope, type MetricSeries } from "@wheelhouse/protocol";
import { useEffect, useMemo, useState } from "react";
import { openStream } from "@/lib/browser-channels";
import { useTRPC } from "@/lib/trpc";

export type LiveMetrics = "live" | "connecting" | "paused" | "off";

const LIVE_RANGES: readonly MetricsRange[] = ["15m", "1h"];
const REOPEN_AFTER_MS = 5_000;

function useSeriesQuery(target: MetricsScope, range: MetricsRange) {
  const trpc = useTRPC();
  // Long ranges are not streamed; their newest bucket fills up, so they are read again each minute.
  const refetchInterval = LIVE_RANGES.includes(range) ? false : 60_000;
  const options =
    target.scope === "container"
      ? trpc.metrics.container.queryOptions({ nodeId: target.nodeId, id: target.containerId, range })
      : target.scope === "service"
        ? trpc.metrics.service.queryOptions({ swarmId: target.swarmId, id: target.serviceId, range })
        : target.scope === "node"
          ? trpc.metrics.node.queryOptions({ nodeId: target.nodeId, range })
          : trpc.metrics.cluster.queryOptions({ clusterId: target.clusterId, range });
  return useQuery({ ...(options as ReturnType<typeof trpc.metrics.node.queryOptions>), refetchInterval });
}

export function useMetricSeries<P extends { ts: number }>(target: MetricsScope, range: MetricsRange) {
  const query = useSeriesQuery(target, range);
  const series = query.data as MetricSeries<P> | undefined;
  const [arrived, setArrived] = useState<P[]>([]);
  const [live, setLive] = useState<LiveMetrics>("off");
  const key = JSON.stringify(target);

  useEffect(() => {
    setArrived([]);
    if (!series || !LIVE_RANGES.includes(range)) return setLive("off");
    let stopped = false;
    let since = series.points.at(-1)?.ts ?? Date.now();
    let close: (() => void) | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = async () => {
      setLive("connecting");
      const reply = await openStream(BrowserStream.metrics, { ...target, sinceTs: since });
      if (stopped) return reply.ok ? reply.data.close() : undefined;
      if (!reply.ok) return setLive("paused");
      const channel = reply.data;
      close = () => channel.close();
      setLive("live");
      for await (const frame of channel.frames) {
        if (!Array.isArray(frame)) continue;
        const points = frame as P[];
        since = points.at(-1)?.ts ?? since;
        setArrived((held) => merged(held, points));
      }
      if (stopped) return;
      // The socket dropped or access changed: try again, from the last point held.
      setLive("paused");
      retry = setTimeout(() => void open(), REOPEN_AFTER_MS);
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      close?.();
    };
    // The target is compared by value (key): a new object naming the same thing keeps the stream.
  }, [series, range, key]);

  const points = useMemo(() => {
    const from = Date.now() - METRICS_RANGES[range];
    return merged(series?.points ?? [], arrived).filter((p) => p.ts >= from);
  }, [series, arrived, range]);

  return { query, points, resolutionMs: series?.resolutionMs, live };
}

/** `held` with `more` added in time order, a point of the same time replacing the one held. */
function merged<P extends { ts: number }>(held: readonly P[], more: readonly P[]): P[] {
  if (more.length === 0) return held as P[];
  const first = more[0]?.ts ?? Infinity;
  return [...held.filter((p) => p.ts < first), ...more];
}
