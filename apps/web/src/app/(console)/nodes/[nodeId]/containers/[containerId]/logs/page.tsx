"use client";
/** One container's logs. */
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { AddLogPane } from "@/components/logs/add-log-pane";
import { LogPanes } from "@/components/logs/log-panes";
import { paneOf, useLogPanes } from "@/components/logs/use-log-panes";
import { NodePage } from "@/components/node-page";
import { useTRPC } from "@/lib/trpc";

export default function ContainerLogsPage() {
  const { nodeId, containerId } = useParams<{ nodeId: string; containerId: string }>();
  const trpc = useTRPC();
  // Only for its name: the stream itself says when the container is gone or not the user's to read.
  const container = useQuery({ ...trpc.containers.inspect.queryOptions({ nodeId, id: containerId }), retry: false });
  const name = container.data?.name ?? containerId.slice(0, 12);
  const compare = useLogPanes();
  return (
    <NodePage
      title={`Logs of ${name}`}
      description={container.data ? `Container ${container.data.id.slice(0, 12)} · ${container.data.image} · ${container.data.state.status}` : "A container's output, stdout and stderr."}
      actions={<AddLogPane disabled={compare.full} onAdd={compare.add} />}
    >
      {() => <LogPanes panes={[paneOf("main", { kind: "container", nodeId, containerId }, name), ...compare.added]} onRemove={compare.remove} />}
    </NodePage>
  );
}
