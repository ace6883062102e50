/** The stacks table's columns. */
import type { StackSummary } from "@wheelhouse/protocol";
import { formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import { ReplicasMeter } from "@/components/services/replicas-meter";

export function stackColumns(onOpen: (stack: StackSummary) => void): DataTableColumn<StackSummary>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (s) => s.name,
      cell: (s) => (
        <button type="button" onClick={() => onOpen(s)} className="text-left font-medium break-all text-accent-700 hover:underline">
          {s.name}
        </button>
      ),
    },
    { key: "services", header: "Services", sortValue: (s) => s.services, cell: (s) => <span className="tabular-nums">{s.services}</span> },
    {
      key: "tasks",
      header: "Tasks",
      sortValue: (s) => s.tasksRunning,
      cell: (s) => <ReplicasMeter replicas={{ running: s.tasksRunning, desired: s.tasksDesired }} />,
    },
    {
      key: "updated",
      header: "Updated",
      sortValue: (s) => s.updatedAt,
      cell: (s) => (
        <span className="text-fg-muted" title={formatDateTime(s.updatedAt)}>
          {formatRelativeTime(s.updatedAt)}
        </span>
      ),
    },
  ];
}
