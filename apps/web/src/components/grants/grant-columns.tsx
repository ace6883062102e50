/** The grants table's columns: who, which role, on which set, and who made it when. */
import { Badge, formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import { User, Users } from "lucide-react";
import type { GrantRow } from "@/components/roles/role-rows";

export const grantColumns: DataTableColumn<GrantRow>[] = [
  {
    key: "subject",
    header: "Granted to",
    sortValue: (g) => g.subject.name,
    cell: (g) => (
      <span className="flex items-center gap-2">
        {g.subject.kind === "team" ? <Users className="size-4 text-fg-subtle" aria-label="Team" /> : <User className="size-4 text-fg-subtle" aria-label="User" />}
        <span className="font-medium text-fg">{g.subject.name}</span>
        {g.subject.kind === "team" && <span className="text-xs text-fg-muted">{g.subject.memberCount} member{g.subject.memberCount === 1 ? "" : "s"}</span>}
        {g.subject.kind === "user" && g.subject.disabled && (
          <Badge tone="warning" className="ml-1">
            Disabled: no effect until enabled
          </Badge>
        )}
      </span>
    ),
  },
  { key: "role", header: "Role", sortValue: (g) => g.role.name, cell: (g) => <span className="text-fg">{g.role.name}</span> },
  {
    key: "set",
    header: "Resource set",
    sortValue: (g) => g.resourceSet.name,
    cell: (g) => (
      <>
        <span className="text-fg">{g.resourceSet.name}</span>
        <span className="block max-w-md text-xs whitespace-normal text-fg-muted">{g.resourceSet.scopeText}</span>
      </>
    ),
  },
  {
    key: "created",
    header: "Granted",
    sortValue: (g) => g.createdAt.getTime(),
    cell: (g) => (
      <span className="text-fg-muted" title={formatDateTime(g.createdAt.getTime())}>
        {formatRelativeTime(g.createdAt.getTime())}
        {g.createdBy && <span className="block text-xs text-fg-subtle">by {g.createdBy}</span>}
      </span>
    ),
  },
];
