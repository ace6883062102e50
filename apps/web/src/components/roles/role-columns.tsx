/** The roles table's columns. */
import { Badge, type DataTableColumn } from "@wheelhouse/ui";
import type { RoleRow } from "./role-rows";

const count = (n: number, noun: string) => (n === 0 ? <span className="text-fg-subtle">—</span> : `${n} ${noun}${n === 1 ? "" : "s"}`);

export const roleColumns: DataTableColumn<RoleRow>[] = [
  {
    key: "name",
    header: "Role",
    cell: (r) => (
      <>
        <span className="font-medium text-fg">{r.name}</span>
        {r.description && <span className="block max-w-xl text-xs whitespace-normal text-fg-muted">{r.description}</span>}
      </>
    ),
  },
  { key: "kind", header: "Kind", cell: (r) => (r.builtIn ? <Badge tone="neutral">Built-in</Badge> : <Badge tone="accent">Custom</Badge>) },
  { key: "permissions", header: "Permissions", sortValue: (r) => r.permissions.length, cell: (r) => <span className="tabular-nums">{r.permissions.length}</span> },
  { key: "grants", header: "Used by", sortValue: (r) => r.grantCount + r.tokenCount, cell: (r) => <span className="text-fg-muted">{r.tokenCount ? <>{count(r.grantCount, "grant")}, {count(r.tokenCount, "token")}</> : count(r.grantCount, "grant")}</span> },
];
