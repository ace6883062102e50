/**
 * History older than the recent window: samples rolled up into minute buckets kept for a day, and
 * minute buckets into hour buckets kept for 30 days, each field with its average and its maximum.
 * Pure functions over arrays; the caller stores the buckets.
 */

export type Fields<K extends string> = Record<K, number>;

export interface Bucket<K extends string> {
  /** Epoch milliseconds of the bucket's start, a multiple of its width. */
  start: number;
  /** How many samples the bucket holds, so that coarser buckets can weigh its average. */
  count: number;
  avg: Fields<K>;
  max: Fields<K>;
}

export const ROLL_UPS = {
  minute: { widthMs: 60_000, keepMs: 24 * 3_600_000 },
  hour: { widthMs: 3_600_000, keepMs: 30 * 24 * 3_600_000 },
} as const;

export const CONTAINER_FIELDS = ["cpuPercent", "memoryUsage", "memoryLimit", "netRx", "netTx", "blockRead", "blockWrite"] as const;
export const HOST_FIELDS = ["cpuPercent", "memoryUsed", "memoryTotal", "netRx", "netTx", "diskRead", "diskWrite"] as const;

/** Samples into buckets of `widthMs`; only buckets that ended by `completeBy` are returned, so none is written half full. */
export function rollUpSamples<K extends string>(samples: ({ ts: number } & Fields<K>)[], fields: readonly K[], widthMs: number, completeBy: number): Bucket<K>[] {
  const single = samples.map((s) => {
    const values = pick(s, fields);
    return { start: s.ts, count: 1, avg: values, max: values };
  });
  return rollUpBuckets(single, fields, widthMs, completeBy);
}

/** Finer buckets into buckets of `widthMs`: averages weighed by count, the maximum of maxima. */
export function rollUpBuckets<K extends string>(buckets: Bucket<K>[], fields: readonly K[], widthMs: number, completeBy: number): Bucket<K>[] {
  const groups = new Map<number, Bucket<K>[]>();
  for (const bucket of buckets) {
    const start = Math.floor(bucket.start / widthMs) * widthMs;
    if (start + widthMs > completeBy) continue;
    const group = groups.get(start);
    if (group) group.push(bucket);
    else groups.set(start, [bucket]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([start, group]) => merge(start, group, fields));
}

/** The buckets still within retention at `now`. */
export function retain<K extends string>(buckets: Bucket<K>[], now: number, keepMs: number): Bucket<K>[] {
  return buckets.filter((b) => b.start >= now - keepMs);
}

function merge<K extends string>(start: number, group: Bucket<K>[], fields: readonly K[]): Bucket<K> {
  const count = group.reduce((n, b) => n + b.count, 0);
  const avg = {} as Fields<K>;
  const max = {} as Fields<K>;
  for (const field of fields) {
    avg[field] = group.reduce((sum, b) => sum + b.avg[field] * b.count, 0) / count;
    max[field] = Math.max(...group.map((b) => b.max[field]));
  }
  return { start, count, avg, max };
}

function pick<K extends string>(sample: Fields<K>, fields: readonly K[]): Fields<K> {
  const values = {} as Fields<K>;
  for (const field of fields) values[field] = sample[field];
  return values;
}
