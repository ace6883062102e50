/** The volumes table's columns. */
import type { VolumeSummary } from "@wheelhouse/protocol";
import { formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";

export function volumeColumns(onOpen: (volume: VolumeSummary) => void): DataTableColumn<VolumeSummary>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (v) => v.name,
      className: "whitespace-normal",
      cell: (v) => (
        <button type="button" onClick={() => onOpen(v)} className="text-left font-medium break-all text-accent-700 hover:underline">
          {v.name}
        </button>
      ),
    },
    { key: "driver", header: "Driver", sortValue: (v) => v.driver, cell: (v) => v.driver },
    { key: "mountpoint", header: "Mountpoint", className: "whitespace-normal", cell: (v) => <span className="font-mono text-xs break-all text-fg-muted">{v.mountpoint}</span> },
    {
      key: "created",
      header: "Created",
      sortValue: (v) => v.createdAt,
      // Some volume drivers do not report a creation time.
      cell: (v) => <span className="text-fg-muted">{v.createdAt === null ? "—" : formatRelativeTime(v.createdAt)}</span>,
    },
  ];
}
