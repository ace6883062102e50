/** The configs table's columns; the name opens the config's details. */
import type { ConfigSummary } from "@wheelhouse/protocol";
import { formatDateTime, formatRelativeTime, shortId, type DataTableColumn } from "@wheelhouse/ui";
import { LabelChips } from "@/components/swarm-nodes/label-chips";

export function configColumns(onOpen: (config: ConfigSummary) => void): DataTableColumn<ConfigSummary>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (c) => c.name,
      cell: (c) => (
        <button type="button" onClick={() => onOpen(c)} className="text-left font-medium text-accent-700 hover:underline">
          {c.name}
          <span className="block font-mono text-xs font-normal text-fg-subtle">{shortId(c.id)}</span>
        </button>
      ),
    },
    { key: "labels", header: "Labels", className: "whitespace-normal", cell: (c) => <LabelChips labels={c.labels} /> },
    {
      key: "created",
      header: "Created",
      sortValue: (c) => c.createdAt,
      cell: (c) => (
        <span className="text-fg-muted" title={formatDateTime(c.createdAt)}>
          {formatRelativeTime(c.createdAt)}
        </span>
      ),
    },
    {
      key: "updated",
      header: "Updated",
      sortValue: (c) => c.updatedAt,
      cell: (c) => (
        <span className="text-fg-muted" title={formatDateTime(c.updatedAt)}>
          {formatRelativeTime(c.updatedAt)}
        </span>
      ),
    },
  ];
}
