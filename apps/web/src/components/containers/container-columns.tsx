/** The containers table's columns. */
import type { ContainerSummary } from "@wheelhouse/protocol";
import { formatPorts, formatRelativeTime, shortId, StateBadge, type DataTableColumn } from "@wheelhouse/ui";

export function containerColumns(onOpen: (c: ContainerSummary) => void): DataTableColumn<ContainerSummary>[] {
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
    { key: "image", header: "Image", sortValue: (c) => c.image, cell: (c) => <span className="break-all">{c.image}</span> },
    { key: "state", header: "State", sortValue: (c) => c.state, cell: (c) => <StateBadge state={c.state} /> },
    { key: "status", header: "Status", cell: (c) => <span className="text-fg-muted">{c.status}</span> },
    { key: "ports", header: "Ports", cell: (c) => <span className="font-mono text-xs whitespace-pre-line">{formatPorts(c.ports, "\n") || "–"}</span> },
    { key: "created", header: "Created", sortValue: (c) => c.createdAt, cell: (c) => <span className="text-fg-muted">{formatRelativeTime(c.createdAt)}</span> },
  ];
}
