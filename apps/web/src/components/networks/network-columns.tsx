/** The networks table's columns. */
import type { NetworkSummary } from "@wheelhouse/protocol";
import { Badge, shortId, type DataTableColumn } from "@wheelhouse/ui";

export function networkColumns(onOpen: (network: NetworkSummary) => void): DataTableColumn<NetworkSummary>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (n) => n.name,
      cell: (n) => (
        <button type="button" onClick={() => onOpen(n)} className="text-left font-medium text-accent-700 hover:underline">
          {n.name}
          <span className="block font-mono text-xs font-normal text-fg-subtle">{shortId(n.id)}</span>
        </button>
      ),
    },
    { key: "driver", header: "Driver", sortValue: (n) => n.driver, cell: (n) => n.driver },
    { key: "scope", header: "Scope", sortValue: (n) => n.scope, cell: (n) => <span className="text-fg-muted">{n.scope}</span> },
    {
      key: "subnets",
      header: "Subnets",
      cell: (n) => <span className="font-mono text-xs">{n.subnets.map((s) => s.subnet).join(", ") || "–"}</span>,
    },
    {
      key: "flags",
      header: <span className="sr-only">Flags</span>,
      cell: (n) => (
        <span className="flex gap-1">
          {n.builtIn && <Badge tone="neutral">built-in</Badge>}
          {n.internal && <Badge tone="info">internal</Badge>}
          {n.attachable && <Badge tone="accent">attachable</Badge>}
        </span>
      ),
    },
  ];
}
