import { describe, expect, it } from "vitest";
import type { ContainerSample, HostSample } from "@wheelhouse/protocol";
import { clusterUtilisation } from "./cluster-utilisation.ts";
import { sumByService } from "./service-usage.ts";
import { topConsumers } from "./top-consumers.ts";

function sample(id: string, ts: number, values: Partial<ContainerSample> = {}): ContainerSample {
  return {
    containerId: id.padEnd(64, "0"),
    name: id,
    serviceId: null,
    serviceName: null,
    taskId: null,
    ts,
    cpuPercent: 0,
    memoryUsage: 0,
    memoryLimit: 1_000,
    netRx: 0,
    netTx: 0,
    blockRead: 0,
    blockWrite: 0,
    ...values,
  };
}
const web = { serviceId: "svc1", serviceName: "web" };

describe("service sums", () => {
  it("add up the tasks of a service sampled on different nodes within one slot, and leave plain containers out", () => {
    const samples = [
      sample("a", 10_100, { ...web, cpuPercent: 20, memoryUsage: 100, netRx: 5 }),
      sample("b", 12_900, { ...web, cpuPercent: 30, memoryUsage: 200, netRx: 7 }),
      sample("c", 11_000, { cpuPercent: 99 }),
      sample("a", 15_100, { ...web, cpuPercent: 1 }),
    ];
    const sums = sumByService(samples, 5_000);
    expect(sums.map(({ ts, tasks, cpuPercent, memoryUsage, netRx, memoryLimit }) => ({ ts, tasks, cpuPercent, memoryUsage, netRx, memoryLimit }))).toEqual([
      { ts: 10_000, tasks: 2, cpuPercent: 50, memoryUsage: 300, netRx: 12, memoryLimit: 2_000 },
      { ts: 15_000, tasks: 1, cpuPercent: 1, memoryUsage: 0, netRx: 0, memoryLimit: 1_000 },
    ]);
    expect(sums[0]).toMatchObject({ serviceId: "svc1", serviceName: "web" });
  });

  it("count a task sampled twice in one slot once, with its latest sample", () => {
    const sums = sumByService([sample("a", 10_100, { ...web, cpuPercent: 20 }), sample("a", 14_000, { ...web, cpuPercent: 40 })], 5_000);
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ tasks: 1, cpuPercent: 40 });
  });
});

describe("top consumers", () => {
  const samples = [sample("a", 1, { cpuPercent: 90, memoryUsage: 10 }), sample("b", 1, { cpuPercent: 5, memoryUsage: 500 }), sample("c", 1, { cpuPercent: 40, memoryUsage: 50 }), sample("a", 2, { cpuPercent: 1, memoryUsage: 10 })];

  it("rank containers by their latest CPU or memory", () => {
    expect(topConsumers(samples, "cpuPercent", 2).map((s) => s.name)).toEqual(["c", "b"]);
    expect(topConsumers(samples, "memoryUsage", 3).map((s) => s.name)).toEqual(["b", "c", "a"]);
  });
});

describe("cluster utilisation", () => {
  const host = (cpuPercent: number, cpuCount: number, memoryUsed: number, memoryTotal: number): HostSample => ({ ts: 1, cpuPercent, cpuCount, memoryUsed, memoryTotal, netRx: 0, netTx: 0, diskRead: 0, diskWrite: 0 });

  it("adds CPUs in use and memory across nodes of different sizes", () => {
    const hosts = new Map([
      ["n1", host(50, 2, 1_000, 4_000)],
      ["n2", host(25, 8, 3_000, 16_000)],
    ]);
    expect(clusterUtilisation(hosts)).toEqual({ nodes: 2, cpuUsed: 1 + 2, cpuCapacity: 10, memoryUsed: 4_000, memoryTotal: 20_000 });
  });

  it("is zero for a cluster with no host samples", () => {
    expect(clusterUtilisation(new Map())).toEqual({ nodes: 0, cpuUsed: 0, cpuCapacity: 0, memoryUsed: 0, memoryTotal: 0 });
  });
});
