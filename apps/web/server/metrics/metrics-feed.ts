/**
 * Feeds the metrics store: as each agent is linked, its metrics channel is opened at the
 * configured interval and every MetricsBatch it sends is taken in under that agent's node (never
 * a node the batch could name itself). The channel ends with the agent's connection; the next
 * link opens a new one.
 */
import type { MetricsStore } from "@wheelhouse/api";
import { AgentStream, MetricsBatch } from "@wheelhouse/protocol";
import type { Logger } from "../logger.ts";
import type { AgentLinks } from "../streams/agent-links.ts";

export function feedMetrics({ links, store, log }: { links: AgentLinks; store: MetricsStore; log: Logger }): () => void {
  async function follow(nodeId: string): Promise<void> {
    const reply = await links.open(nodeId, AgentStream.metrics, { intervalMs: store.intervalMs });
    if (!reply.ok) return log.warn(`no metrics from node ${nodeId}: ${reply.message}`);
    const channel = reply.data;
    for await (const frame of channel.frames) {
      if (frame instanceof Uint8Array) return channel.close({ code: "BAD_REQUEST", message: "Metrics travel as JSON values." });
      for (const value of frame) {
        const batch = MetricsBatch.safeParse(value);
        if (batch.success) store.ingest(nodeId, batch.data);
        else log.warn(`malformed metrics batch from node ${nodeId}`, batch.error.issues[0]);
      }
    }
  }
  return links.onLinked((nodeId) => {
    follow(nodeId).catch((error: unknown) => log.error(`metrics of node ${nodeId} stopped`, error));
  });
}
