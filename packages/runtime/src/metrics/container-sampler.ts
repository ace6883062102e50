/**
 * Reads every running container's stats once per call and turns them into samples.
 *
 * Why one-shot requests: `stream=false` alone makes the engine wait for a second reading to fill
 * precpu_stats (1 to 2 s per request, measured here); `one-shot=true` (API 1.41+) answers at the
 * engine's next collection tick (at most 1 s), and because the engine collects all containers on
 * the same tick, 100 requests in flight together also take about 1 s. CPU % then comes from this
 * sampler's own previous reading, which at a 5 s interval is also a truer average than the
 * engine's 1 s window. A long-lived stream per container would parse a reading every second for
 * each container, five times the work at a 5 s interval; reading cgroup files directly would be
 * cheapest but depends on the cgroup version, the cgroup driver and the agent sharing the host's
 * /sys and /proc, and network counters are not in cgroups at all.
 * bench/metrics-agent-cpu.ts measures what this costs.
 */
import type { ContainerSample } from "@wheelhouse/protocol";
import type { DockerEndpoint } from "../endpoint.ts";
import { toStatsReading, type StatsReading } from "./engine-stats.ts";
import { ratesBetween } from "./rates.ts";
import { createStatsClient } from "./stats-client.ts";

export interface ContainerSampler {
  /**
   * One sample per running container that was also running at the previous call: a container's
   * first reading only primes its counters, so a container started between two calls appears
   * from the next one, and one that stopped is dropped. Rejects only when the engine cannot list
   * containers; a container that fails to answer is left out of this round.
   */
  sample(signal?: AbortSignal): Promise<ContainerSample[]>;
  /** Closes the engine connections kept open between rounds. */
  close(): void;
}

export interface ContainerSamplerOptions {
  /** Stats requests in flight at once, each on its own connection; the engine answers them together at its next tick. */
  concurrency?: number;
  /** How long one stats request may take before that container is left out of the round. */
  requestTimeoutMs?: number;
}

const SERVICE_ID = "com.docker.swarm.service.id";
const SERVICE_NAME = "com.docker.swarm.service.name";
const TASK_ID = "com.docker.swarm.task.id";

export function createContainerSampler(endpoint: DockerEndpoint, options: ContainerSamplerOptions = {}): ContainerSampler {
  const concurrency = options.concurrency ?? 128;
  const engine = createStatsClient(endpoint, { maxSockets: concurrency, requestTimeoutMs: options.requestTimeoutMs ?? 4_000 });
  let previous = new Map<string, StatsReading>();

  async function read(id: string, signal: AbortSignal | undefined): Promise<StatsReading | null> {
    try {
      return toStatsReading(await engine.stats(id, signal));
    } catch {
      // Gone since the list, or slow: the next round asks again.
      return null;
    }
  }

  return {
    async sample(signal) {
      const running = await engine.listRunning(signal);
      const readings = await mapLimited(running, concurrency, (c) => read(c.Id, signal));
      const current = new Map<string, StatsReading>();
      const samples: ContainerSample[] = [];
      running.forEach((container, i) => {
        const reading = readings[i];
        const before = previous.get(container.Id);
        // A container that did not answer keeps its last reading, so it is not primed again.
        if (!reading) {
          if (before) current.set(container.Id, before);
          return;
        }
        current.set(container.Id, reading);
        if (!before) return;
        const labels = container.Labels ?? {};
        samples.push({
          containerId: container.Id,
          name: (container.Names[0] ?? container.Id).replace(/^\//, ""),
          serviceId: labels[SERVICE_ID] ?? null,
          serviceName: labels[SERVICE_NAME] ?? null,
          taskId: labels[TASK_ID] ?? null,
          ts: reading.readAt,
          memoryUsage: reading.memoryUsage,
          memoryLimit: reading.memoryLimit,
          ...ratesBetween(before, reading),
        });
      });
      // Only running containers are kept, so memory follows what runs now.
      previous = current;
      return samples;
    },
    close: () => engine.close(),
  };
}

async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
