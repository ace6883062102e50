/** The secrets table's columns. There is no value column: the engine never returns one. */
import type { SecretSummary } from "@wheelhouse/protocol";
import { formatDateTime, formatRelativeTime, shortId, type DataTableColumn } from "@wheelhouse/ui";
import { LabelChips } from "@/components/swarm-nodes/label-chips";

export const secretColumns: DataTableColumn<SecretSummary>[] = [
  {
    key: "name",
    header: "Name",
    sortValue: (s) => s.name,
    cell: (s) => (
      <>
        <span className="font-medium text-fg">{s.name}</span>
        <span className="block font-mono text-xs text-fg-subtle">{shortId(s.id)}</span>
      </>
    ),
  },
  { key: "labels", header: "Labels", className: "whitespace-normal", cell: (s) => <LabelChips labels={s.labels} /> },
  {
    key: "created",
    header: "Created",
    sortValue: (s) => s.createdAt,
    cell: (s) => (
      <span className="text-fg-muted" title={formatDateTime(s.createdAt)}>
        {formatRelativeTime(s.createdAt)}
      </span>
    ),
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
