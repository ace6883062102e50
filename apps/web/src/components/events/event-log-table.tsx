"use client";
/** A node's live events, newest first, filtered by type and action, each row's attributes expandable. */
import { EmptyState } from "@wheelhouse/ui";
import { Activity, SearchX } from "lucide-react";
import { useState } from "react";
import type { LoggedEvent } from "@/hooks/use-node-event-log";
import { EventRow } from "./event-row";

interface EventLogTableProps {
  events: readonly LoggedEvent[];
  /** Nothing at all has arrived yet (as opposed to nothing matching the filters). */
  none: boolean;
}

export function EventLogTable({ events, none }: EventLogTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });

  if (events.length === 0) {
    return none ? (
      <EmptyState icon={<Activity />} title="Waiting for events" description="Events appear here the moment they happen on this node: start, stop or remove a container, pull an image, create a network or a volume." />
    ) : (
      <EmptyState icon={<SearchX />} title="No event matches" description="Change the type or action filter to see more." />
    );
  }
  return (
    <div className="max-h-[calc(100dvh-17rem)] overflow-y-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Docker events on this node, newest first</caption>
        <thead className="sticky top-0 z-10 bg-surface-muted text-xs font-medium text-fg-muted shadow-[inset_0_-1px_0] shadow-line">
          <tr>
            <th className="w-10 py-2.5 pl-4">
              <span className="sr-only">Attributes</span>
            </th>
            <th className="w-32 py-2.5 pr-4">Time</th>
            <th className="w-28 py-2.5 pr-4">Type</th>
            <th className="py-2.5 pr-4">Action</th>
            <th className="py-2.5 pr-4">Actor</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <EventRow key={event.seq} event={event} expanded={expanded.has(event.seq)} onToggle={() => toggle(event.seq)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
