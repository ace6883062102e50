/**
 * The one shape every series point takes (MetricPoint), the measures each kind of series rolls up,
 * and the keys series are stored under. A node's host sample maps onto the same measures (memory
 * used of total, disk reads and writes as block I/O), so every chart reads every series alike.
 */
import type { ContainerSample, HostSample, MetricPoint } from "@wheelhouse/protocol";
import { CONTAINER_FIELDS, type Bucket } from "./roll-up.ts";
import type { ServiceUsage } from "./service-usage.ts";

export const POINT_FIELDS = CONTAINER_FIELDS;
/** A node's CPUs ride along, so a cluster's capacity adds up over its history too. */
export const NODE_FIELDS = [...POINT_FIELDS, "cpuCount"] as const;
export const SERVICE_FIELDS = [...POINT_FIELDS, "tasks"] as const;

export type PointField = (typeof POINT_FIELDS)[number];
export type NodeField = (typeof NODE_FIELDS)[number];
export type ServiceField = (typeof SERVICE_FIELDS)[number];
export type SeriesField = NodeField | ServiceField;

export type NodePoint = { ts: number } & Record<NodeField, number>;
export type ServicePoint = { ts: number } & Record<ServiceField, number>;

export const seriesKey = {
  container: (id: string) => `container:${id}`,
  service: (id: string) => `service:${id}`,
  node: (id: string) => `node:${id}`,
};

export function containerPoint(sample: ContainerSample): MetricPoint {
  const { ts, cpuPercent, memoryUsage, memoryLimit, netRx, netTx, blockRead, blockWrite } = sample;
  return { ts, cpuPercent, memoryUsage, memoryLimit, netRx, netTx, blockRead, blockWrite };
}

export function hostPoint(host: HostSample): NodePoint {
  return {
    ts: host.ts,
    cpuPercent: host.cpuPercent,
    memoryUsage: host.memoryUsed,
    memoryLimit: host.memoryTotal,
    netRx: host.netRx,
    netTx: host.netTx,
    blockRead: host.diskRead,
    blockWrite: host.diskWrite,
    cpuCount: host.cpuCount,
  };
}

export function servicePoint(usage: ServiceUsage): ServicePoint {
  const { ts, tasks, cpuPercent, memoryUsage, memoryLimit, netRx, netTx, blockRead, blockWrite } = usage;
  return { ts, tasks, cpuPercent, memoryUsage, memoryLimit, netRx, netTx, blockRead, blockWrite };
}

/** A point as a bucket of one sample, so raw points and stored buckets roll up together. */
export function asBucket<K extends string>(point: { ts: number } & Record<K, number>, fields: readonly K[]): Bucket<K> {
  const values = {} as Record<K, number>;
  for (const field of fields) values[field] = point[field];
  return { start: point.ts, count: 1, avg: values, max: values };
}

/** Any series' bucket, as far as a chart reads it. */
export type ChartedBucket = { start: number; avg: Record<PointField, number> & { tasks?: number } };

/** What a chart draws of a bucket: its averages at its start (a service's task count among them). */
export function bucketPoint(bucket: ChartedBucket): MetricPoint {
  const point: MetricPoint = { ts: bucket.start, ...pick(bucket.avg, POINT_FIELDS) };
  if (bucket.avg.tasks !== undefined) point.tasks = Math.round(bucket.avg.tasks);
  return point;
}

function pick(values: Record<PointField, number>, fields: readonly PointField[]): Record<PointField, number> {
  const picked = {} as Record<PointField, number>;
  for (const field of fields) picked[field] = values[field];
  return picked;
}
