import type { NodeFacts } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { groupClusters } from "./clusters.ts";
import type { NodeView } from "./node-view.ts";

function node(name: string, swarm: Partial<NodeFacts["swarm"]>, up = true, clusterId: string | null = null, usage: NodeView["usage"] = null): NodeView {
  const facts = {
    hostname: name,
    engineVersion: "20.10",
    apiVersion: "1.41",
    os: "Debian",
    osType: "linux",
    kernelVersion: "6",
    architecture: "x86_64",
    cpus: 2,
    memoryBytes: 4 << 30,
    dockerRootDir: "/var/lib/docker",
    labels: {},
    swarm: { state: "inactive", isManager: false, managerNodeIds: [], ...swarm },
    counts: { containersRunning: 3, containersPaused: 0, containersStopped: 1, images: 1, volumes: 0, networks: 3 },
  } satisfies NodeFacts;
  return {
    id: `id-${name}`,
    name,
    local: false,
    hostname: name,
    agentVersion: "0.1.0",
    connected: up,
    engine: { reachable: up, endpoint: "unix:///var/run/docker.sock", error: null },
    facts,
    usage,
    addresses: [],
    swarmLabels: {},
    clusterId,
    lastSeenAt: new Date(),
    createdAt: new Date(),
  };
}

describe("groupClusters", () => {
  it("puts a worker in the swarm of the manager it names, though only managers know the swarm's ID", () => {
    const manager = node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true, managerNodeIds: ["N1"] });
    const worker = node("w1", { state: "active", nodeId: "N2", managerNodeIds: ["N1"] });
    const [swarm, ...rest] = groupClusters([worker, manager]);
    expect(rest).toEqual([]);
    expect(swarm).toMatchObject({ id: "swarm:c1", kind: "swarm", swarmId: "c1", name: "Swarm of m1", health: "healthy" });
    expect(swarm?.nodes.map((n) => n.name).sort()).toEqual(["m1", "w1"]);
    expect(swarm?.capacity).toEqual({ cpus: 4, memoryBytes: 8 << 30 });
    expect(swarm?.containers).toEqual({ running: 6, stopped: 2 });
    expect(swarm?.swarmNodeCount).toBe(2);
  });

  it("lets each host outside a swarm stand alone, after the swarms", () => {
    const clusters = groupClusters([node("solo", {}), node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true })]);
    expect(clusters.map((c) => [c.kind, c.name])).toEqual([
      ["swarm", "Swarm of m1"],
      ["standalone", "solo"],
    ]);
  });

  it("counts the swarm's nodes that have no agent, as its managers report them", () => {
    const manager = node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true, nodeCount: 5 });
    expect(groupClusters([manager])[0]).toMatchObject({ swarmNodeCount: 5, nodes: [{ name: "m1" }] });
    expect(groupClusters([node("solo", {})])[0]?.swarmNodeCount).toBeNull();
  });

  it("calls a swarm degraded when some members are unreachable and down when none answers", () => {
    const m = node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true });
    const w = node("w1", { state: "active", nodeId: "N2", managerNodeIds: ["N1"] }, false);
    expect(groupClusters([m, w])[0]?.health).toBe("degraded");
    expect(groupClusters([node("solo", {}, false)])[0]?.health).toBe("down");
  });

  it("gathers standalone hosts into the named group they were put in, and names a swarm its record names", () => {
    const records = [
      { id: "g1", name: "edge", swarmId: null },
      { id: "g2", name: "empty", swarmId: null },
      { id: "s1", name: "production", swarmId: "c1" },
    ];
    const clusters = groupClusters(
      [node("a", {}, true, "g1"), node("b", {}, false, "g1"), node("c", {}), node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true }, true, "g1")],
      records,
    );
    expect(clusters.map((c) => [c.kind, c.name, c.nodes.map((n) => n.name).join(","), c.health])).toEqual([
      ["swarm", "production", "m1", "healthy"],
      ["group", "edge", "a,b", "degraded"],
      ["group", "empty", "", "healthy"],
      ["standalone", "c", "c", "healthy"],
    ]);
    expect(clusters[1]).toMatchObject({ id: "group:g1", recordId: "g1" });
  });

  it("sums what the connected hosts report in use, and counts how many report", () => {
    const busy = (cpuPercent: number, memoryUsedBytes: number) => ({ cpuPercent, memoryUsedBytes, memoryTotalBytes: 4 << 30, diskUsedBytes: null, diskTotalBytes: null, sampledAt: 0 });
    const m = node("m1", { state: "active", nodeId: "N1", clusterId: "c1", isManager: true }, true, null, busy(50, 1 << 30));
    const w = node("w1", { state: "active", nodeId: "N2", managerNodeIds: ["N1"] }, true, null, busy(10, 2 << 30));
    const silent = node("w2", { state: "active", nodeId: "N3", managerNodeIds: ["N1"] });
    const gone = node("w3", { state: "active", nodeId: "N4", managerNodeIds: ["N1"] }, false, null, busy(100, 4 << 30));
    const [swarm] = groupClusters([m, w, silent, gone]);
    expect(swarm?.used).toEqual({ cpus: 1.2, memoryBytes: 3 << 30, nodes: 2 });
    expect(swarm?.capacity).toEqual({ cpus: 8, memoryBytes: 16 << 30 });
    expect(groupClusters([node("solo", {})])[0]?.used).toEqual({ cpus: 0, memoryBytes: 0, nodes: 0 });
  });

  it("leaves a worker whose managers report to no agent out of any swarm it cannot name", () => {
    const orphan = node("w1", { state: "active", nodeId: "N2", managerNodeIds: ["N9"] });
    expect(groupClusters([orphan])[0]).toMatchObject({ kind: "standalone", name: "w1" });
  });
});
