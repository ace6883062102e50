/**
 * One series over a range, from the finest data that covers each part of it: the recent window's
 * raw points where memory holds them, stored minute buckets before that (all there is after a
 * control-plane restart), and for 30 days stored hour buckets before those. Parts finer than the
 * range's resolution are rolled up to it, so a 24-hour chart draws minutes and a 30-day one hours.
 */
import type { Database } from "@wheelhouse/db";
import { METRICS_RANGES, type MetricsRange } from "@wheelhouse/protocol";
import { readBuckets } from "./bucket-table.ts";
import { rollUpBuckets, ROLL_UPS, type Bucket } from "./roll-up.ts";

const MINUTE = ROLL_UPS.minute.widthMs;
const HOUR = ROLL_UPS.hour.widthMs;

/** The width of a range's points: raw samples up to an hour, minutes for a day, hours beyond. */
export function resolutionOf(range: MetricsRange, intervalMs: number): number {
  return range === "30d" ? HOUR : range === "24h" ? MINUTE : intervalMs;
}

export interface SeriesSource<K extends string> {
  db: Database;
  seriesKey: string;
  fields: readonly K[];
  /** The recent window's points of the series as one-sample buckets, oldest first. */
  raw: Bucket<K>[];
  range: MetricsRange;
  now: number;
  intervalMs: number;
}

export async function seriesHistory<K extends string>({ db, seriesKey, fields, raw, range, now, intervalMs }: SeriesSource<K>): Promise<Bucket<K>[]> {
  const from = now - METRICS_RANGES[range];
  const width = resolutionOf(range, intervalMs);
  const recent = raw.filter((b) => b.start >= from && b.start <= now);
  // Each coarser layer fills only what lies before the finer one, so no moment is counted twice.
  const rawStart = recent[0]?.start ?? now;
  const minutes = (await readBuckets(db, [seriesKey], MINUTE, from, rawStart)) as unknown as Bucket<K>[];
  const hours = width === HOUR ? ((await readBuckets(db, [seriesKey], HOUR, from, minutes[0]?.start ?? rawStart)) as unknown as Bucket<K>[]) : [];
  const all = [...hours, ...minutes, ...recent];
  // Raw points stay as they are; minute buckets before them are coarser already.
  return width === intervalMs ? all : rollUpBuckets(all, fields, width, Infinity);
}
