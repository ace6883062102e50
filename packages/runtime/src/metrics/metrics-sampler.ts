/** One node's metrics: a batch of container and host samples per call, and the loop that takes one every interval. */
import type { HostUsage, MetricsBatch } from "@wheelhouse/protocol";
import { DEFAULT_ENDPOINT, parseEndpoint } from "../endpoint.ts";
import { RuntimeError, toRuntimeError } from "../errors.ts";
import { createContainerSampler, type ContainerSamplerOptions } from "./container-sampler.ts";
import { createHostSampler } from "./host-sampler.ts";

export const DEFAULT_METRICS_INTERVAL_MS = 5_000;

export interface MetricsSamplerOptions extends ContainerSamplerOptions {
  /** A socket path, `unix:///path` or `tcp://host:port`; the local socket by default. */
  endpoint?: string;
  /** The host's CPU and memory; leave out when the agent does not run on the engine's host (no host sample then). */
  hostUsage?: () => Promise<HostUsage>;
}

export interface MetricsSampler {
  /** Rejects with a RuntimeError when the engine cannot list its containers. */
  sample(signal?: AbortSignal): Promise<MetricsBatch>;
  /** Closes the engine connections kept open between rounds; call once sampling stops. */
  close(): void;
}

export function createMetricsSampler(options: MetricsSamplerOptions = {}): MetricsSampler {
  const parsed = parseEndpoint(options.endpoint ?? DEFAULT_ENDPOINT);
  if (!parsed) throw new RuntimeError("BAD_REQUEST", `Not a Docker endpoint: "${options.endpoint}" (use a socket path, unix:///path or tcp://host:port)`);
  const containers = createContainerSampler(parsed, options);
  const host = options.hostUsage ? createHostSampler(options.hostUsage) : null;
  return {
    async sample(signal) {
      const [containerSamples, hostSample] = await Promise.all([
        containers.sample(signal).catch((error: unknown) => {
          throw toRuntimeError(error, options.endpoint ?? DEFAULT_ENDPOINT);
        }),
        host ? host.sample().catch(() => null) : null,
      ]);
      return { ts: Date.now(), host: hostSample, containers: containerSamples };
    },
    close: () => containers.close(),
  };
}

export interface SamplingLoop {
  /** Stays open when the loop ends: closing it is its owner's call. */
  sampler: Pick<MetricsSampler, "sample">;
  intervalMs?: number;
  signal: AbortSignal;
  onBatch(batch: MetricsBatch): void;
  onError(error: unknown): void;
}

/**
 * Samples on a fixed cadence until `signal` aborts. Rounds never overlap: a round that overruns
 * its interval makes the loop skip the ticks it missed rather than queue them.
 */
export async function sampleEvery({ sampler, intervalMs = DEFAULT_METRICS_INTERVAL_MS, signal, onBatch, onError }: SamplingLoop): Promise<void> {
  const start = Date.now();
  while (!signal.aborted) {
    try {
      onBatch(await sampler.sample(signal));
    } catch (error) {
      if (!signal.aborted) onError(error);
    }
    const elapsed = Date.now() - start;
    await sleep(intervalMs - (elapsed % intervalMs), signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
