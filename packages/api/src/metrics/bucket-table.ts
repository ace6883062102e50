/**
 * Roll-up buckets in the database (the MetricBucket model): written in batches, one transaction per
 * flush, read back by series and time, pruned past their retention. Rewriting a bucket replaces it,
 * so a flush repeated after a failure or a restart never fails on a key it already wrote.
 */
import type { Database } from "@wheelhouse/db";
import type { Bucket } from "./roll-up.ts";
import type { PointField, SeriesField } from "./points.ts";

/** A stored bucket of any series: a node's carries cpuCount, a service's tasks, a container's neither. */
export type StoredBucket = { seriesKey: string } & Bucket<PointField> & { avg: Partial<Record<SeriesField, number>>; max: Partial<Record<SeriesField, number>> };

const MEASURES = [
  ["cpuPercent", "cpu"],
  ["memoryUsage", "memory"],
  ["memoryLimit", "memoryLimit"],
  ["netRx", "netRx"],
  ["netTx", "netTx"],
  ["blockRead", "blockRead"],
  ["blockWrite", "blockWrite"],
] as const;

export async function writeBuckets(db: Database, widthMs: number, buckets: readonly StoredBucket[]): Promise<void> {
  if (buckets.length === 0) return;
  const resolution = widthMs / 1000;
  const rows = buckets.map((bucket) => toRow(resolution, bucket));
  // One statement per distinct start: a flush covers a few minutes at most.
  const starts = [...new Set(buckets.map((b) => b.start))];
  await db.$transaction([
    ...starts.map((start) =>
      db.metricBucket.deleteMany({
        where: { resolution, start: new Date(start), seriesKey: { in: buckets.filter((b) => b.start === start).map((b) => b.seriesKey) } },
      }),
    ),
    db.metricBucket.createMany({ data: rows }),
  ]);
}

/** Buckets of the given series that lie wholly within [from, until), oldest first. */
export async function readBuckets(db: Database, seriesKeys: readonly string[], widthMs: number, from: number, until: number): Promise<StoredBucket[]> {
  if (seriesKeys.length === 0 || until - widthMs < from) return [];
  const rows = await db.metricBucket.findMany({
    where: { seriesKey: { in: [...seriesKeys] }, resolution: widthMs / 1000, start: { gte: new Date(from), lte: new Date(until - widthMs) } },
    orderBy: { start: "asc" },
  });
  return rows.map(fromRow);
}

/** Every series' buckets of one width over [from, until), for rolling them up into coarser ones. */
export async function readAllBuckets(db: Database, widthMs: number, from: number, until: number): Promise<StoredBucket[]> {
  const rows = await db.metricBucket.findMany({ where: { resolution: widthMs / 1000, start: { gte: new Date(from), lt: new Date(until) } } });
  return rows.map(fromRow);
}

/** The newest bucket start of a width, or null when none is stored. */
export async function newestStart(db: Database, widthMs: number): Promise<number | null> {
  const row = await db.metricBucket.findFirst({ where: { resolution: widthMs / 1000 }, orderBy: { start: "desc" }, select: { start: true } });
  return row ? row.start.getTime() : null;
}

export async function oldestStart(db: Database, widthMs: number): Promise<number | null> {
  const row = await db.metricBucket.findFirst({ where: { resolution: widthMs / 1000 }, orderBy: { start: "asc" }, select: { start: true } });
  return row ? row.start.getTime() : null;
}

export async function pruneBuckets(db: Database, widthMs: number, olderThan: number): Promise<number> {
  const { count } = await db.metricBucket.deleteMany({ where: { resolution: widthMs / 1000, start: { lt: new Date(olderThan) } } });
  return count;
}

function toRow(resolution: number, { seriesKey, start, count, avg, max }: StoredBucket) {
  const row: Record<string, unknown> = { seriesKey, resolution, start: new Date(start), count };
  for (const [field, column] of MEASURES) {
    row[`${column}Avg`] = avg[field];
    row[`${column}Max`] = max[field];
  }
  if (avg.cpuCount !== undefined) row.cpuCountAvg = avg.cpuCount;
  if (avg.tasks !== undefined) row.tasksAvg = avg.tasks;
  return row as Parameters<Database["metricBucket"]["create"]>[0]["data"];
}

function fromRow(row: Awaited<ReturnType<Database["metricBucket"]["findMany"]>>[number]): StoredBucket {
  const avg = {} as StoredBucket["avg"];
  const max = {} as StoredBucket["max"];
  for (const [field, column] of MEASURES) {
    avg[field] = row[`${column}Avg`];
    max[field] = row[`${column}Max`];
  }
  if (row.cpuCountAvg !== null) avg.cpuCount = max.cpuCount = row.cpuCountAvg;
  if (row.tasksAvg !== null) avg.tasks = max.tasks = row.tasksAvg;
  return { seriesKey: row.seriesKey, start: row.start.getTime(), count: row.count, avg, max };
}
