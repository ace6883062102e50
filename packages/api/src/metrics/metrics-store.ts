/**
 * The control plane's metrics: every node's batches go in; series come out. The last hour (by
 * default) of every container and node stays in memory at full resolution; older history comes
 * from the roll-ups in the database (roll-up-writer.ts), which is why a restarted control plane
 * still draws the last hour and the last day. Services are summed over their tasks and clusters
 * over their nodes when read, so a task or a node that moves needs no bookkeeping.
 */
import type { Database } from "@wheelhouse/db";
import type { ClusterPoint, ContainerSample, MetricPoint, MetricsBatch, MetricsRange, MetricSeries } from "@wheelhouse/protocol";
import { clusterPoints, settledPoints } from "./cluster-points.ts";
import { asBucket, bucketPoint, containerPoint, hostPoint, NODE_FIELDS, POINT_FIELDS, SERVICE_FIELDS, seriesKey, servicePoint, type ChartedBucket, type NodeField, type NodePoint, type SeriesField } from "./points.ts";
import { createRecentWindow } from "./recent-window.ts";
import type { Bucket } from "./roll-up.ts";
import { createRollUpWriter } from "./roll-up-writer.ts";
import { resolutionOf, seriesHistory } from "./series-history.ts";
import { sumByService } from "./service-usage.ts";

export interface MetricsStoreOptions {
  db: Database;
  /** The agents' sampling interval: the recent window's resolution and the slot services and clusters are summed by. */
  intervalMs?: number;
  windowMs?: number;
  /** How often minutes that ended are written; tests flush by hand instead. */
  flushEveryMs?: number;
  now?: () => number;
  log?: { warn(message: string, detail?: unknown): void };
}

/** The raw points since a time, for live streams: a series' newest points as they arrive. */
export interface RecentPoints {
  container(containerId: string, sinceTs: number): MetricPoint[];
  service(serviceId: string, sinceTs: number): MetricPoint[];
  node(nodeId: string, sinceTs: number): MetricPoint[];
  cluster(nodeIds: readonly string[], sinceTs: number): ClusterPoint[];
}

export interface MetricsStore {
  readonly intervalMs: number;
  ingest(nodeId: string, batch: MetricsBatch): void;
  /** Called after each batch is taken in; returns the unsubscribe. */
  subscribe(listener: (nodeId: string, batch: MetricsBatch) => void): () => void;
  containerSeries(containerId: string, range: MetricsRange): Promise<MetricSeries<MetricPoint>>;
  serviceSeries(serviceId: string, range: MetricsRange): Promise<MetricSeries<MetricPoint>>;
  nodeSeries(nodeId: string, range: MetricsRange): Promise<MetricSeries<MetricPoint>>;
  clusterSeries(nodeIds: readonly string[], range: MetricsRange): Promise<MetricSeries<ClusterPoint>>;
  readonly recent: RecentPoints;
  /** The containers of the node's latest batch, or none when it has not reported for a few intervals. */
  latestContainers(nodeId: string): ContainerSample[];
  /** Writes the minutes and hours that ended; runs by itself every flushEveryMs once started. */
  flush(): Promise<void>;
  start(): void;
  /** Stops the timer and writes what ended. */
  close(): Promise<void>;
}

const DEFAULT_INTERVAL_MS = 5_000;

export function createMetricsStore({ db, intervalMs = DEFAULT_INTERVAL_MS, windowMs = 3_600_000, flushEveryMs = 15_000, now = Date.now, log = console }: MetricsStoreOptions): MetricsStore {
  const containers = createRecentWindow<ContainerSample>({ windowMs, intervalMs });
  const hosts = createRecentWindow<NodePoint>({ windowMs, intervalMs });
  /** Which containers ran each service's tasks within the window. */
  const serviceTasks = new Map<string, Set<string>>();
  const latest = new Map<string, { at: number; containers: ContainerSample[] }>();
  const listeners = new Set<(nodeId: string, batch: MetricsBatch) => void>();
  // Batches of a minute arrive up to an interval after it ends, plus the agent's round trip.
  const writer = createRollUpWriter({ db, intervalMs, graceMs: 2 * intervalMs + 5_000, log });
  let timer: NodeJS.Timeout | undefined;

  const rawContainer = (id: string, since = -Infinity) => containers.points(id, since).map(containerPoint);
  const rawNode = (id: string, since = -Infinity) => hosts.points(id, since);
  const rawService = (id: string, since = -Infinity) => {
    const samples = [...(serviceTasks.get(id) ?? [])].flatMap((containerId) => containers.points(containerId, since));
    return settledPoints(sumByService(samples, intervalMs).map(servicePoint), (p) => p.tasks);
  };
  const nodeBuckets = (nodeIds: readonly string[], since: number) => new Map(nodeIds.map((id) => [id, rawNode(id, since).map((p) => asBucket(p, NODE_FIELDS))]));
  const rawCluster = (nodeIds: readonly string[], since = -Infinity) => settledPoints(clusterPoints(nodeBuckets(nodeIds, since), intervalMs), (p) => p.nodes);

  async function series<K extends SeriesField>(key: string, fields: readonly K[], raw: Bucket<K>[], range: MetricsRange) {
    const buckets = await seriesHistory({ db, seriesKey: key, fields, raw, range, now: now(), intervalMs });
    return { resolutionMs: resolutionOf(range, intervalMs), buckets };
  }
  const asPoints = ({ resolutionMs, buckets }: { resolutionMs: number; buckets: readonly ChartedBucket[] }): MetricSeries<MetricPoint> => ({
    resolutionMs,
    points: buckets.map(bucketPoint),
  });

  const store: MetricsStore = {
    intervalMs,
    ingest(nodeId, batch) {
      for (const sample of batch.containers) {
        containers.add(sample.containerId, sample);
        if (sample.serviceId !== null) serviceTasks.set(sample.serviceId, (serviceTasks.get(sample.serviceId) ?? new Set()).add(sample.containerId));
      }
      if (batch.host) hosts.add(nodeId, hostPoint(batch.host));
      latest.set(nodeId, { at: now(), containers: batch.containers });
      writer.add(nodeId, batch);
      for (const listener of listeners) listener(nodeId, batch);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async containerSeries(containerId, range) {
      const raw = rawContainer(containerId).map((p) => asBucket(p, POINT_FIELDS));
      return asPoints(await series(seriesKey.container(containerId), POINT_FIELDS, raw, range));
    },
    async serviceSeries(serviceId, range) {
      const raw = rawService(serviceId).map((p) => asBucket(p, SERVICE_FIELDS));
      const points = asPoints(await series(seriesKey.service(serviceId), SERVICE_FIELDS, raw, range));
      return { ...points, points: settledPoints(points.points, (p) => p.tasks ?? 0) };
    },
    async nodeSeries(nodeId, range) {
      return asPoints(await series(seriesKey.node(nodeId), NODE_FIELDS, rawNode(nodeId).map((p) => asBucket(p, NODE_FIELDS)), range));
    },
    async clusterSeries(nodeIds, range) {
      const perNode = new Map<string, Bucket<NodeField>[]>();
      let resolutionMs = intervalMs;
      for (const nodeId of nodeIds) {
        const { buckets, resolutionMs: width } = await series(seriesKey.node(nodeId), NODE_FIELDS, rawNode(nodeId).map((p) => asBucket(p, NODE_FIELDS)), range);
        perNode.set(nodeId, buckets);
        resolutionMs = width;
      }
      return { resolutionMs, points: settledPoints(clusterPoints(perNode, resolutionMs), (p) => p.nodes) };
    },
    recent: {
      container: rawContainer,
      service: rawService,
      node: rawNode,
      cluster: rawCluster,
    },
    latestContainers(nodeId) {
      const last = latest.get(nodeId);
      return last && last.at >= now() - 3 * intervalMs ? last.containers : [];
    },
    async flush() {
      const at = now();
      await writer.flush(at);
      containers.prune(at);
      hosts.prune(at);
      for (const [serviceId, tasks] of serviceTasks) {
        for (const containerId of tasks) if (containers.points(containerId).length === 0) tasks.delete(containerId);
        if (tasks.size === 0) serviceTasks.delete(serviceId);
      }
    },
    start() {
      timer ??= setInterval(() => void store.flush(), flushEveryMs);
      timer.unref();
    },
    async close() {
      clearInterval(timer);
      timer = undefined;
      await store.flush();
    },
  };
  return store;
}
