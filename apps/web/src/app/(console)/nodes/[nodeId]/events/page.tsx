"use client";
/** A node's Docker events, live: what the engine reports as it happens, filterable, pausable. */
import { Card, ErrorState } from "@wheelhouse/ui";
import { useState } from "react";
import { EventLogTable } from "@/components/events/event-log-table";
import { EventLogToolbar, type EventFilter } from "@/components/events/event-log-toolbar";
import { NodePage } from "@/components/node-page";
import { useNodeEventLog } from "@/hooks/use-node-event-log";

export default function EventsPage() {
  return (
    <NodePage title="Events" description="The node's Docker events as they happen: containers, images, networks and volumes coming and going.">
      {(node) => <NodeEvents nodeId={node.id} />}
    </NodePage>
  );
}

function NodeEvents({ nodeId }: { nodeId: string }) {
  const log = useNodeEventLog(nodeId);
  const [filter, setFilter] = useState<EventFilter>({ type: "", action: "" });
  const types = [...new Set(log.events.map((event) => event.type))].sort();
  const action = filter.action.trim().toLowerCase();
  const shown = log.events.filter((event) => (!filter.type || event.type === filter.type) && (!action || event.action.toLowerCase().includes(action)));

  if (log.error) return <ErrorState title="Events cannot be shown" message={log.error} />;
  return (
    <>
      {log.scope === "changes" && (
        <p className="mb-4 rounded-md border border-info-line bg-info-soft px-3 py-2 text-sm text-info-fg">
          Your access covers only some objects on this node, so events show what kind of change happened but not to which object.
        </p>
      )}
      <Card padded={false}>
        <EventLogToolbar
          filter={filter}
          onFilter={setFilter}
          types={types}
          shown={shown.length}
          total={log.events.length}
          paused={log.paused}
          waiting={log.waiting}
          onPause={log.setPaused}
          onClear={log.clear}
        />
        <EventLogTable events={shown} none={log.events.length === 0} />
      </Card>
    </>
  );
}
