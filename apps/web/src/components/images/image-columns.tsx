/** The images table's columns. */
import type { ImageSummary } from "@wheelhouse/protocol";
import { Badge, formatBytes, formatRelativeTime, shortId, type DataTableColumn } from "@wheelhouse/ui";

export function imageColumns(onOpen: (image: ImageSummary) => void): DataTableColumn<ImageSummary>[] {
  return [
    {
      key: "tags",
      header: "Tags",
      sortValue: (i) => i.tags[0] ?? null,
      className: "whitespace-normal",
      cell: (i) => (
        <button type="button" onClick={() => onOpen(i)} className="text-left font-medium text-accent-700 hover:underline">
          {i.tags.length > 0 ? i.tags.map((tag) => <span key={tag} className="block break-all">{tag}</span>) : <Badge tone="warning">&lt;none&gt;</Badge>}
        </button>
      ),
    },
    { key: "id", header: "ID", sortValue: (i) => shortId(i.id), cell: (i) => <span className="font-mono text-xs">{shortId(i.id)}</span> },
    { key: "size", header: "Size", sortValue: (i) => i.sizeBytes, className: "text-right", cell: (i) => <span className="tabular-nums">{formatBytes(i.sizeBytes)}</span> },
    { key: "created", header: "Created", sortValue: (i) => i.createdAt, cell: (i) => <span className="text-fg-muted">{formatRelativeTime(i.createdAt)}</span> },
    {
      key: "containers",
      header: "Containers",
      sortValue: (i) => i.containers,
      className: "text-right",
      // The engine reports -1 when it did not count the containers using an image.
      cell: (i) => <span className={i.containers > 0 ? "tabular-nums" : "text-fg-subtle tabular-nums"}>{i.containers < 0 ? "—" : i.containers}</span>,
    },
  ];
}
