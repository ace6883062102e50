/**
 * The agent's end of the metrics channel: while the control plane keeps it open, the node's
 * containers and host are sampled every interval (5 s unless it asks for another) and each
 * MetricsBatch is sent as one JSON value. Credit paces it: a round the control plane has not
 * taken by the next one is replaced by it, so a stalled reader costs one batch, never a queue.
 */
import type { Channels } from "@wheelhouse/channels";
import { AgentStream, MetricsSubscription, fail, type MetricsBatch } from "@wheelhouse/protocol";
import { createMetricsSampler, sampleEvery, type MetricsSampler } from "@wheelhouse/runtime";
import { describeIssues } from "../describe-issues.ts";
import { onThisHost } from "../engine-locality.ts";
import { createHostUsageSampler } from "../host-usage.ts";
import type { Logger } from "../logger.ts";
import { latestOnly } from "./latest-only.ts";

export function serveMetrics(channels: Channels, { endpoint, logger }: { endpoint: string; logger: Logger }): void {
  channels.handle(AgentStream.metrics, async (channel, params) => {
    const request = MetricsSubscription.safeParse(params ?? {});
    if (!request.success) return fail("BAD_REQUEST", `Invalid metrics request: ${describeIssues(request.error.issues)}`);
    let sampler: MetricsSampler;
    try {
      // A reader of its own: host usage measures CPU since its previous call (see host-sampler.ts).
      const usage = createHostUsageSampler();
      sampler = createMetricsSampler({ endpoint, hostUsage: onThisHost(endpoint) ? () => usage.sample(undefined) : undefined });
    } catch (error) {
      return fail("BAD_REQUEST", (error as Error).message);
    }
    const stop = new AbortController();
    void channel.closed.then(() => stop.abort());
    const batches = latestOnly<MetricsBatch>();
    let failing: string | undefined;
    void sampleEvery({
      sampler,
      intervalMs: request.data.intervalMs,
      signal: stop.signal,
      onBatch: (batch) => {
        failing = undefined;
        batches.put(batch);
      },
      // An engine that stays down fails every round: say so once, until it answers again.
      onError: (error) => {
        const message = (error as Error).message;
        if (message !== failing) logger.warn(`metrics sampling failed: ${message}`);
        failing = message;
      },
    }).finally(() => {
      sampler.close();
      batches.end();
    });
    channel.send(batches.values());
  });
}
