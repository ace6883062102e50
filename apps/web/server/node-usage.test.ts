/**
 * Host usage from a real agent to the overview: the local agent's heartbeats reach the node's row,
 * and the clusters it belongs to count them against their capacity.
 */
import type { ClusterView, NodeView } from "@wheelhouse/api";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";
import { until } from "@wheelhouse/runtime/testing/until";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
});

afterAll(async () => {
  await plane?.drop();
});

it("shows the local host's usage, addresses and engine labels after a heartbeat, and sums it per cluster", async () => {
  const { local, usage } = await until(async () => {
    const nodes = (await admin.query("nodes.list")).data as NodeView[];
    const local = nodes.find((n) => n.id === plane.localNodeId && n.connected);
    return local?.usage ? { local, usage: local.usage } : undefined;
  }, "a heartbeat with usage from the local agent", 30_000);
  expect(usage.cpuPercent).toBeGreaterThanOrEqual(0);
  expect(usage.cpuPercent).toBeLessThanOrEqual(100);
  expect(usage.memoryUsedBytes).toBeGreaterThan(0);
  expect(usage.memoryUsedBytes).toBeLessThanOrEqual(usage.memoryTotalBytes);
  // The local engine's root dir is on this host, so its filesystem is measured.
  expect(usage.diskTotalBytes).toBeGreaterThan(0);
  expect(usage.diskUsedBytes).toBeLessThanOrEqual(usage.diskTotalBytes ?? 0);
  expect(local.addresses.length).toBeGreaterThan(0);
  expect(local.facts?.labels).toBeTypeOf("object");

  const clusters = (await admin.query("clusters.list")).data as ClusterView[];
  const cluster = clusters.find((c) => c.nodes.some((n) => n.id === plane.localNodeId));
  if (!cluster) throw new Error("the local node is in no cluster");
  expect(cluster.used.nodes).toBe(1);
  expect(cluster.used.cpus).toBeLessThanOrEqual(cluster.capacity.cpus);
  expect(cluster.used.memoryBytes).toBeGreaterThan(0);
  expect(cluster.used.memoryBytes).toBeLessThanOrEqual(cluster.capacity.memoryBytes);
});
