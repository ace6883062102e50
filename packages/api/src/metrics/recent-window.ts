/**
 * The last hour (by default) of every live series in memory: one ring buffer per series key
 * (`container:<id>`, `service:<id>`, `node:<id>`...), sized so a series at the sampling interval
 * fills exactly the window. Series that stop receiving points are forgotten by prune().
 */
import { RingBuffer } from "./ring-buffer.ts";

export interface RecentWindowOptions {
  windowMs?: number;
  intervalMs?: number;
}

export interface RecentWindow<P extends { ts: number }> {
  add(key: string, point: P): void;
  /** Oldest first, only points at or after `sinceTs`. */
  points(key: string, sinceTs?: number): P[];
  /** Forgets series whose newest point is older than the window; call it once per interval or so. */
  prune(now: number): void;
  readonly seriesCount: number;
}

export function createRecentWindow<P extends { ts: number }>({ windowMs = 3_600_000, intervalMs = 5_000 }: RecentWindowOptions = {}): RecentWindow<P> {
  const capacity = Math.ceil(windowMs / intervalMs);
  const series = new Map<string, RingBuffer<P>>();
  return {
    add(key, point) {
      let buffer = series.get(key);
      if (!buffer) series.set(key, (buffer = new RingBuffer<P>(capacity)));
      const last = buffer.last();
      // Points arrive in order per series; a late or repeated one would make charts go back in time.
      if (last && point.ts <= last.ts) return;
      buffer.push(point);
    },
    points(key, sinceTs = -Infinity) {
      return (series.get(key)?.toArray() ?? []).filter((p) => p.ts >= sinceTs);
    },
    prune(now) {
      for (const [key, buffer] of series) {
        if ((buffer.last()?.ts ?? -Infinity) < now - windowMs) series.delete(key);
      }
    },
    get seriesCount() {
      return series.size;
    },
  };
}
