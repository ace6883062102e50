/** The resource sets table's columns: each set's reach in words, then its conditions. */
import type { DataTableColumn } from "@wheelhouse/ui";
import type { ResourceSetRow } from "@/components/roles/role-rows";
import { LabelChips } from "@/components/swarm-nodes/label-chips";

export const resourceSetColumns: DataTableColumn<ResourceSetRow>[] = [
  {
    key: "name",
    header: "Resource set",
    sortValue: (s) => s.name,
    cell: (s) => (
      <>
        <span className="font-medium text-fg">{s.name}</span>
        {s.description && <span className="block max-w-md text-xs whitespace-normal text-fg-muted">{s.description}</span>}
      </>
    ),
  },
  { key: "scope", header: "Reaches", cell: (s) => <span className="block max-w-lg text-sm whitespace-normal text-fg-muted">{s.scopeText}</span> },
  {
    key: "clusters",
    header: "Clusters",
    cell: (s) =>
      s.clusters.length === 0 ? (
        <span className="text-fg-subtle">All</span>
      ) : (
        <span className="block max-w-56 truncate" title={s.clusters.map((c) => c.name ?? c.id).join("\n")}>
          {s.clusters.map((c) => c.name ?? `${c.id} (gone)`).join(", ")}
        </span>
      ),
  },
  { key: "labels", header: "Object labels", cell: (s) => <LabelChips labels={s.scope.labels} /> },
  { key: "nodeLabels", header: "Node labels", cell: (s) => <LabelChips labels={s.scope.nodeLabels} /> },
  { key: "grants", header: "Grants", sortValue: (s) => s.grantCount, cell: (s) => <span className="tabular-nums">{s.grantCount || <span className="text-fg-subtle">—</span>}</span> },
];
