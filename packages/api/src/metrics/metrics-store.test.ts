import type { Database, Provider } from "@wheelhouse/db";
import { createTestPostgresDatabase, createTestSqliteDatabase, openTestDatabase, type OpenedTestDatabase, type TestDatabase } from "@wheelhouse/db/testing";
import type { ContainerSample, HostSample, MetricsBatch } from "@wheelhouse/protocol";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMetricsStore, type MetricsStore } from "./metrics-store.ts";

const create: Record<Provider, () => Promise<TestDatabase>> = {
  sqlite: async () => createTestSqliteDatabase(),
  postgresql: createTestPostgresDatabase,
};

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
// A whole hour, so minute and hour boundaries fall where the test expects them.
const T0 = Date.UTC(2026, 10, 23, 10, 0, 0);

const id = (name: string) => name.padEnd(64, "0").replace(/[^0-9a-f]/g, "a");
function container(name: string, ts: number, values: Partial<ContainerSample> = {}): ContainerSample {
  return { containerId: id(name), name, serviceId: null, serviceName: null, taskId: null, ts, cpuPercent: 10, memoryUsage: 100, memoryLimit: 1_000, netRx: 1, netTx: 2, blockRead: 3, blockWrite: 4, ...values };
}
function host(ts: number, values: Partial<HostSample> = {}): HostSample {
  return { ts, cpuPercent: 50, cpuCount: 2, memoryUsed: 1_000, memoryTotal: 4_000, netRx: 0, netTx: 0, diskRead: 0, diskWrite: 0, ...values };
}
/** A stored minute of a node whose every measure averaged `avg` and peaked at `max`. */
function minuteRow(seriesKey: string, start: number, count: number, avg: number, max: number) {
  const measures = ["cpu", "memory", "memoryLimit", "netRx", "netTx", "blockRead", "blockWrite"] as const;
  const values = Object.fromEntries(measures.flatMap((m) => [[`${m}Avg`, avg], [`${m}Max`, max]])) as Record<`${(typeof measures)[number]}${"Avg" | "Max"}`, number>;
  return { seriesKey, resolution: 60, start: new Date(start), count, cpuCountAvg: 2, ...values };
}
const batch = (ts: number, containers: ContainerSample[], hostSample: HostSample | null = host(ts)): MetricsBatch => ({ ts, host: hostSample, containers });

describe.each(["sqlite", "postgresql"] as const)("the metrics store on %s", (provider) => {
  let database: OpenedTestDatabase;
  let db: Database;
  let clock = T0;
  const stores: MetricsStore[] = [];
  const storeAt = () => {
    const store = createMetricsStore({ db, now: () => clock, log: { warn: (message) => expect.fail(message) } });
    stores.push(store);
    return store;
  };

  beforeEach(async () => {
    database = await openTestDatabase(create[provider]);
    db = database.db;
    clock = T0;
  });
  afterEach(async () => {
    stores.length = 0;
    await database.close();
  });

  /** Two nodes every 5 s from T0 for `minutes`, the clock following; web has a task on each node. */
  function feed(store: MetricsStore, minutes: number) {
    const web = { serviceId: "svcweb", serviceName: "web" };
    for (let ts = T0; ts < T0 + minutes * MINUTE; ts += 5 * SECOND) {
      clock = ts;
      store.ingest("n1", batch(ts, [container("a", ts, { ...web, cpuPercent: 20 }), container("b", ts, { cpuPercent: 5 })]));
      store.ingest("n2", batch(ts + 1_000, [container("c", ts + 1_000, { ...web, cpuPercent: 30, memoryUsage: 300 })], host(ts + 1_000, { cpuPercent: 25, cpuCount: 8, memoryTotal: 16_000 })));
    }
    clock = T0 + minutes * MINUTE;
  }

  it("writes a minute bucket per container, service and node once the minute has ended, and reads the hour back after a restart", async () => {
    const store = storeAt();
    feed(store, 3);
    clock += 30 * SECOND;
    await store.flush();
    const rows = await db.metricBucket.findMany({ where: { resolution: 60 }, orderBy: [{ seriesKey: "asc" }, { start: "asc" }] });
    const keys = [...new Set(rows.map((r) => r.seriesKey))];
    expect(keys).toEqual([`container:${id("a")}`, `container:${id("b")}`, `container:${id("c")}`, "node:n1", "node:n2", "service:svcweb"]);
    expect(rows.filter((r) => r.seriesKey === "service:svcweb").map((r) => [r.start.getTime(), r.count, r.cpuAvg, r.memoryAvg, r.tasksAvg])).toEqual([
      [T0, 12, 50, 400, 2],
      [T0 + MINUTE, 12, 50, 400, 2],
      [T0 + 2 * MINUTE, 12, 50, 400, 2],
    ]);
    expect(rows.find((r) => r.seriesKey === "node:n2")).toMatchObject({ cpuAvg: 25, cpuCountAvg: 8, memoryLimitAvg: 16_000 });

    // A new store over the same database: nothing in memory, the minutes from the database.
    const restarted = storeAt();
    const hour = await restarted.containerSeries(id("a"), "1h");
    expect(hour.points.map((p) => p.ts)).toEqual([T0, T0 + MINUTE, T0 + 2 * MINUTE]);
    expect(hour.points[0]).toMatchObject({ cpuPercent: 20, memoryUsage: 100, memoryLimit: 1_000, netRx: 1 });
    expect((await restarted.serviceSeries("svcweb", "24h")).points.map((p) => [p.cpuPercent, p.tasks])).toEqual([
      [50, 2],
      [50, 2],
      [50, 2],
    ]);
    expect((await restarted.clusterSeries(["n1", "n2"], "24h")).points[0]).toEqual({ ts: T0, nodes: 2, cpuUsed: 1 + 2, cpuCapacity: 10, memoryUsed: 2_000, memoryTotal: 20_000 });
  });

  it("serves raw points from memory for an hour, with the stored minutes before them", async () => {
    const store = storeAt();
    feed(store, 2);
    clock += 30 * SECOND;
    await store.flush();
    const restarted = storeAt();
    for (let ts = clock; ts < clock + 30 * SECOND; ts += 5 * SECOND) restarted.ingest("n1", batch(ts, [container("a", ts, { cpuPercent: 70 })]));
    clock += 30 * SECOND;
    const series = await restarted.containerSeries(id("a"), "1h");
    expect(series.resolutionMs).toBe(5_000);
    expect(series.points.map((p) => p.cpuPercent)).toEqual([20, 20, 70, 70, 70, 70, 70, 70]);
    expect(series.points.slice(0, 2).map((p) => p.ts)).toEqual([T0, T0 + MINUTE]);
  });

  it("sums a service over its tasks on both nodes, and a cluster over its nodes, per interval", async () => {
    const store = storeAt();
    feed(store, 1);
    const service = await store.serviceSeries("svcweb", "15m");
    expect(service.points).toHaveLength(12);
    expect(service.points[3]).toMatchObject({ ts: T0 + 15 * SECOND, tasks: 2, cpuPercent: 50, memoryUsage: 400, memoryLimit: 2_000 });
    const cluster = await store.clusterSeries(["n1", "n2"], "15m");
    expect(cluster.points[0]).toEqual({ ts: T0, nodes: 2, cpuUsed: 3, cpuCapacity: 10, memoryUsed: 2_000, memoryTotal: 20_000 });
    expect(store.latestContainers("n1").map((c) => c.name)).toEqual(["a", "b"]);
  });

  it("leaves out the newest slot of a sum until as many members as before have reported", async () => {
    const store = storeAt();
    feed(store, 1);
    const last = clock;
    store.ingest("n1", batch(last, [container("a", last, { serviceId: "svcweb", serviceName: "web", cpuPercent: 20 })]));
    expect(store.recent.service("svcweb", last - 5 * SECOND).map((p) => p.ts)).toEqual([last - 5 * SECOND]);
    store.ingest("n2", batch(last + 1_000, [container("c", last + 1_000, { serviceId: "svcweb", serviceName: "web", cpuPercent: 30 })]));
    expect(store.recent.service("svcweb", last - 5 * SECOND).map((p) => [p.ts, p.tasks])).toEqual([
      [last - 5 * SECOND, 2],
      [last, 2],
    ]);
  });

  it("rolls ended hours up from the stored minutes, weighing each by its samples, and prunes past retention", async () => {
    const store = storeAt();
    await db.metricBucket.createMany({
      data: [minuteRow("node:n1", T0 - HOUR, 12, 10, 15), minuteRow("node:n1", T0 - HOUR + MINUTE, 4, 50, 90), minuteRow("node:old", T0 - 25 * HOUR, 1, 1, 1)],
    });
    clock = T0 + MINUTE;
    await store.flush();
    const hours = await db.metricBucket.findMany({ where: { resolution: 3600 }, orderBy: { start: "asc" } });
    // The day-old minute is rolled into its hour before it is pruned.
    expect(hours.map((h) => [h.seriesKey, h.start.getTime()])).toEqual([
      ["node:old", T0 - 25 * HOUR],
      ["node:n1", T0 - HOUR],
    ]);
    expect(hours[1]).toMatchObject({ count: 16, cpuAvg: (12 * 10 + 4 * 50) / 16, cpuMax: 90, cpuCountAvg: 2 });
    expect(await db.metricBucket.count({ where: { seriesKey: "node:old", resolution: 60 } })).toBe(0);
    const month = await store.nodeSeries("n1", "30d");
    expect(month.resolutionMs).toBe(HOUR);
    expect(month.points).toEqual([expect.objectContaining({ ts: T0 - HOUR, cpuPercent: 20 })]);
  });
});
