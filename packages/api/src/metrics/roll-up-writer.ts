/**
 * Writes history: samples wait in memory by the minute they were taken in; once a minute has
 * ended (and a grace for late batches has passed) its buckets for every container, service and
 * node are written in one transaction. Hours are rolled from the stored minutes once they end,
 * so an hour spanning a control-plane restart still adds up. Buckets past their retention are
 * pruned. A failed write keeps its minute for the next flush; a database down for long loses the
 * oldest minutes rather than grow without bound.
 */
import type { Database } from "@wheelhouse/db";
import type { ContainerSample, MetricsBatch } from "@wheelhouse/protocol";
import { newestStart, oldestStart, pruneBuckets, readAllBuckets, writeBuckets, type StoredBucket } from "./bucket-table.ts";
import { containerPoint, hostPoint, NODE_FIELDS, POINT_FIELDS, SERVICE_FIELDS, seriesKey, servicePoint, type NodePoint, type SeriesField } from "./points.ts";
import { rollUpBuckets, rollUpSamples, ROLL_UPS, type Bucket } from "./roll-up.ts";
import { sumByService } from "./service-usage.ts";

const MINUTE = ROLL_UPS.minute.widthMs;
const HOUR = ROLL_UPS.hour.widthMs;
/** About an hour of samples waits for a database that does not answer; older minutes are dropped. */
const MAX_PENDING_MINUTES = 60;

export interface RollUpWriterOptions {
  db: Database;
  intervalMs: number;
  /** How long after a minute ends its batches may still arrive. */
  graceMs: number;
  log: { warn(message: string, detail?: unknown): void };
}

export interface RollUpWriter {
  add(nodeId: string, batch: MetricsBatch): void;
  /** Writes the minutes and hours that ended by `now`, then prunes; never rejects. */
  flush(now: number): Promise<void>;
}

interface PendingMinute {
  containers: ContainerSample[];
  hosts: { nodeId: string; point: NodePoint }[];
}

export function createRollUpWriter({ db, intervalMs, graceMs, log }: RollUpWriterOptions): RollUpWriter {
  const pending = new Map<number, PendingMinute>();
  let nextHour: number | null = null;
  let flushing: Promise<void> = Promise.resolve();

  const minuteOf = (ts: number) => {
    const start = Math.floor(ts / MINUTE) * MINUTE;
    let minute = pending.get(start);
    if (!minute) pending.set(start, (minute = { containers: [], hosts: [] }));
    return minute;
  };

  async function writeMinutes(now: number): Promise<boolean> {
    const ended = [...pending.keys()].filter((start) => start + MINUTE + graceMs <= now).sort((a, b) => a - b);
    for (const start of ended) {
      const minute = pending.get(start) as PendingMinute;
      try {
        await writeBuckets(db, MINUTE, minuteBuckets(minute, intervalMs));
      } catch (error) {
        log.warn("could not write metric roll-ups; retrying at the next flush", error);
        return false;
      }
      pending.delete(start);
    }
    return true;
  }

  async function rollHours(now: number): Promise<void> {
    nextHour ??= await firstHourToRoll(db, now);
    while (nextHour + HOUR + graceMs <= now) {
      const minutes = await readAllBuckets(db, MINUTE, nextHour, nextHour + HOUR);
      await writeBuckets(db, HOUR, rollUpBySeries(minutes, HOUR));
      nextHour += HOUR;
    }
  }

  async function flushOnce(now: number): Promise<void> {
    try {
      if (await writeMinutes(now)) await rollHours(now);
      await pruneBuckets(db, MINUTE, now - ROLL_UPS.minute.keepMs);
      await pruneBuckets(db, HOUR, now - ROLL_UPS.hour.keepMs);
    } catch (error) {
      log.warn("could not roll up or prune metric history", error);
    }
    const excess = [...pending.keys()].sort((a, b) => a - b).slice(0, Math.max(0, pending.size - MAX_PENDING_MINUTES));
    if (excess.length > 0) log.warn(`dropping ${excess.length} minute(s) of metrics the database did not take`);
    for (const start of excess) pending.delete(start);
  }

  return {
    add(nodeId, batch) {
      for (const sample of batch.containers) minuteOf(sample.ts).containers.push(sample);
      if (batch.host) minuteOf(batch.host.ts).hosts.push({ nodeId, point: hostPoint(batch.host) });
    },
    // Flushes run one after another, so a slow database never has two writing the same minute.
    flush(now) {
      flushing = flushing.then(() => flushOnce(now));
      return flushing;
    },
  };
}

/** Every series' bucket for one minute: each container's, each service's (its tasks summed per interval), each node's. */
function minuteBuckets({ containers, hosts }: PendingMinute, intervalMs: number): StoredBucket[] {
  const buckets: StoredBucket[] = [];
  for (const [key, samples] of groupBy(containers, (s) => seriesKey.container(s.containerId))) {
    buckets.push(...rollUpSamples(samples.map(containerPoint), POINT_FIELDS, MINUTE, Infinity).map((b) => ({ seriesKey: key, ...b })));
  }
  for (const [key, sums] of groupBy(sumByService(containers, intervalMs), (u) => seriesKey.service(u.serviceId))) {
    buckets.push(...rollUpSamples(sums.map(servicePoint), SERVICE_FIELDS, MINUTE, Infinity).map((b) => ({ seriesKey: key, ...b })));
  }
  for (const [key, samples] of groupBy(hosts, (h) => seriesKey.node(h.nodeId))) {
    buckets.push(...rollUpSamples(samples.map((h) => h.point), NODE_FIELDS, MINUTE, Infinity).map((b) => ({ seriesKey: key, ...b })));
  }
  return buckets;
}

function rollUpBySeries(buckets: StoredBucket[], widthMs: number): StoredBucket[] {
  return [...groupBy(buckets, (b) => b.seriesKey)].flatMap(([key, group]) => {
    // Each series stores the fields of its kind (a node's cpuCount, a service's tasks): those its buckets carry.
    const fields = Object.keys(group[0]?.avg ?? {}) as SeriesField[];
    return rollUpBuckets(group as Bucket<SeriesField>[], fields, widthMs, Infinity).map((b) => ({ seriesKey: key, ...b }));
  });
}

/** After the newest stored hour; on a fresh history, the hour of the oldest stored minute, or this hour. */
async function firstHourToRoll(db: Database, now: number): Promise<number> {
  const hourOf = (ts: number) => Math.floor(ts / HOUR) * HOUR;
  const newest = await newestStart(db, HOUR);
  if (newest !== null) return Math.max(newest + HOUR, hourOf(now - ROLL_UPS.minute.keepMs));
  const oldestMinute = await oldestStart(db, MINUTE);
  return hourOf(oldestMinute ?? now);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
