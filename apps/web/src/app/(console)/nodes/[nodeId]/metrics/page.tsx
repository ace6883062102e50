"use client";
/** A node's metrics: the host's CPU, memory, network and disk, and its heaviest containers. */
import { ScopeMetrics } from "@/components/metrics/scope-metrics";
import { TopConsumers } from "@/components/metrics/top-consumers";
import { NodePage } from "@/components/node-page";

export default function NodeMetricsPage() {
  return (
    <NodePage title="Metrics" description="What this host and its containers use, sampled by its agent every 5 seconds.">
      {(node) => (
        <div className="space-y-6">
          <ScopeMetrics target={{ scope: "node", nodeId: node.id }} title="Host" description={node.facts ? `${node.facts.cpus} CPUs` : undefined} />
          <TopConsumers nodeId={node.id} />
        </div>
      )}
    </NodePage>
  );
}
