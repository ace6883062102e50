import { describe, expect, it } from "vitest";
import { toStatsReading, type EngineStats } from "./engine-stats.ts";
import { counterDelta, ratesBetween } from "./rates.ts";

// Shaped like GET /containers/{id}/stats?stream=false&one-shot=true answers on cgroup v1 (engine 20.10).
function v1Stats(at: string, over: { cpu: number; system: number; rx: number; tx: number; read: number; write: number }): EngineStats {
  return {
    read: at,
    cpu_stats: { cpu_usage: { total_usage: over.cpu, percpu_usage: [over.cpu / 2, over.cpu / 2] }, system_cpu_usage: over.system, online_cpus: 2 },
    memory_stats: { usage: 50_000_000, limit: 268_435_456, stats: { total_inactive_file: 20_000_000, inactive_file: 1, cache: 30_000_000 } },
    networks: { eth0: { rx_bytes: over.rx, tx_bytes: over.tx }, eth1: { rx_bytes: 1_000, tx_bytes: 500 } },
    blkio_stats: {
      io_service_bytes_recursive: [
        { op: "Read", value: over.read },
        { op: "Write", value: over.write },
        { op: "Sync", value: 7 },
        { op: "Async", value: 7 },
        { op: "Total", value: over.read + over.write },
      ],
    },
  };
}

const first = v1Stats("2026-01-01T00:00:00.000000000Z", { cpu: 1e9, system: 100e9, rx: 10_000, tx: 4_000, read: 0, write: 0 });
// 5 s later: the container used 2.5 s of CPU while the host's two CPUs used 10 s between them.
const second = v1Stats("2026-01-01T00:00:05.000000000Z", { cpu: 3.5e9, system: 110e9, rx: 60_000, tx: 9_000, read: 5_000_000, write: 10_000_000 });

describe("a stats reading", () => {
  it("is CPU % as docker stats computes it: container delta over system delta, times online CPUs", () => {
    const rates = ratesBetween(toStatsReading(first)!, toStatsReading(second)!);
    expect(rates.cpuPercent).toBeCloseTo((2.5e9 / 10e9) * 2 * 100);
  });

  it("leaves total_inactive_file out of memory on cgroup v1, and inactive_file on cgroup v2", () => {
    expect(toStatsReading(first)).toMatchObject({ memoryUsage: 30_000_000, memoryLimit: 268_435_456 });
    const v2: EngineStats = { ...first, memory_stats: { usage: 50_000_000, limit: 1_000, stats: { inactive_file: 8_000_000, file: 9_000_000 } } };
    expect(toStatsReading(v2)?.memoryUsage).toBe(42_000_000);
  });

  it("keeps the whole usage when the inactive cache is not smaller than it", () => {
    const odd: EngineStats = { ...first, memory_stats: { usage: 1_000, limit: 2_000, stats: { total_inactive_file: 5_000 } } };
    expect(toStatsReading(odd)?.memoryUsage).toBe(1_000);
  });

  it("sums network over interfaces and block I/O over read and write entries, whatever their case", () => {
    expect(toStatsReading(second)).toMatchObject({ netRx: 61_000, netTx: 9_500, blockRead: 5_000_000, blockWrite: 10_000_000 });
    const v2: EngineStats = { ...first, blkio_stats: { io_service_bytes_recursive: [{ op: "read", value: 3 }, { op: "write", value: 4 }, { op: "read", value: 5 }] } };
    expect(toStatsReading(v2)).toMatchObject({ blockRead: 8, blockWrite: 4 });
  });

  it("counts no I/O when the engine lists none (null on some cgroup v2 engines) and no network on the host network", () => {
    const bare: EngineStats = { ...first, networks: undefined, blkio_stats: { io_service_bytes_recursive: null } };
    expect(toStatsReading(bare)).toMatchObject({ netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0 });
  });

  it("is null for a container that stopped before the engine read it", () => {
    expect(toStatsReading({ read: "0001-01-01T00:00:00Z", cpu_stats: { cpu_usage: { total_usage: 0 } }, memory_stats: {} })).toBeNull();
  });

  it("counts CPUs from the per-CPU figures when online_cpus is missing", () => {
    const old: EngineStats = { ...first, cpu_stats: { ...first.cpu_stats, online_cpus: undefined } };
    expect(toStatsReading(old)?.onlineCpus).toBe(2);
  });
});

describe("rates between two readings", () => {
  it("are bytes per second over the engine's own read times", () => {
    expect(ratesBetween(toStatsReading(first)!, toStatsReading(second)!)).toMatchObject({
      netRx: 50_000 / 5,
      netTx: 5_000 / 5,
      blockRead: 1_000_000,
      blockWrite: 2_000_000,
    });
  });

  it("count a reset counter (a restarted container) from zero rather than going negative", () => {
    expect(counterDelta(1_000, 300)).toBe(300);
    const restarted = v1Stats("2026-01-01T00:00:10.000000000Z", { cpu: 0.5e9, system: 120e9, rx: 2_000, tx: 0, read: 0, write: 0 });
    const rates = ratesBetween(toStatsReading(second)!, toStatsReading(restarted)!);
    expect(rates.cpuPercent).toBeCloseTo((0.5e9 / 10e9) * 2 * 100);
    expect(rates.netRx).toBe((2_000 + 1_000) / 5);
    expect(Object.values(rates).every((v) => v >= 0)).toBe(true);
  });

  it("are zero when no time passed between the readings", () => {
    const rates = ratesBetween(toStatsReading(second)!, toStatsReading(second)!);
    expect(rates).toEqual({ cpuPercent: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0 });
  });
});
