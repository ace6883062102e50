/** The tasks table's columns. */
import type { TaskSummary } from "@wheelhouse/protocol";
import { formatDateTime, formatRelativeTime, shortId, type DataTableColumn } from "@wheelhouse/ui";
import { TaskStateBadge } from "./task-state-badge";

export function taskColumns(serviceName: string): DataTableColumn<TaskSummary>[] {
  return [
    {
      key: "slot",
      header: "Task",
      // Replicated tasks are numbered by slot; a global service's are named after their node.
      sortValue: (t) => t.slot ?? t.nodeHostname,
      cell: (t) => (
        <div>
          <span className="font-medium text-fg">{t.slot === null ? `${serviceName}.${shortId(t.nodeId ?? t.id)}` : `${serviceName}.${t.slot}`}</span>
          <span className="block font-mono text-xs text-fg-subtle">{shortId(t.id)}</span>
        </div>
      ),
    },
    { key: "node", header: "Node", sortValue: (t) => t.nodeHostname, cell: (t) => t.nodeHostname ?? <span className="text-fg-subtle">{t.nodeId ? shortId(t.nodeId) : "not placed"}</span> },
    { key: "state", header: "State", sortValue: (t) => t.state, cell: (t) => <TaskStateBadge task={t} /> },
    {
      key: "message",
      header: "Message",
      className: "min-w-56 max-w-md whitespace-normal",
      cell: (t) => (
        <div className="text-sm">
          <span className="text-fg-muted">{t.message || "–"}</span>
          {t.error && <span className="mt-0.5 block break-words text-danger-fg">{t.error}</span>}
        </div>
      ),
    },
    { key: "container", header: "Container", cell: (t) => <span className="font-mono text-xs">{t.containerId ? shortId(t.containerId) : "–"}</span> },
    {
      key: "updated",
      header: "Updated",
      sortValue: (t) => t.stateChangedAt,
      cell: (t) => (
        <span className="text-fg-muted" title={formatDateTime(t.stateChangedAt)}>
          {formatRelativeTime(t.stateChangedAt)}
        </span>
      ),
    },
  ];
}
