"use client";
import { DiskUsageGrid } from "@/components/disk/disk-usage-grid";
import { PrunePanel } from "@/components/disk/prune-panel";
import { NodePage } from "@/components/node-page";

export default function DiskPage() {
  return (
    <NodePage title="Disk usage" description="What Docker stores on this node, and pruning what nothing uses.">
      {(node) => (
        <div className="space-y-6">
          <DiskUsageGrid nodeId={node.id} />
          <PrunePanel nodeId={node.id} nodeName={node.name} />
        </div>
      )}
    </NodePage>
  );
}
