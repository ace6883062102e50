"use client";
/** A node's logs: every container on it, merged in time order, each line tagged with its container. */
import { AddLogPane } from "@/components/logs/add-log-pane";
import { LogPanes } from "@/components/logs/log-panes";
import { paneOf, useLogPanes } from "@/components/logs/use-log-panes";
import { NodePage } from "@/components/node-page";

export default function NodeLogsPage() {
  const compare = useLogPanes();
  return (
    <NodePage title="Logs" description="Every container on this node, merged in time order." actions={<AddLogPane disabled={compare.full} onAdd={compare.add} />}>
      {(node) => <LogPanes panes={[paneOf("main", { kind: "node", nodeId: node.id }, node.name), ...compare.added]} onRemove={compare.remove} />}
    </NodePage>
  );
}
