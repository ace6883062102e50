/** The teams table's columns. Clicking a name opens the team's members. */
import { formatDateTime, formatRelativeTime, pluralize, type DataTableColumn } from "@wheelhouse/ui";
import type { TeamRow } from "./team-rows";

export function teamColumns(onOpen: (team: TeamRow) => void): DataTableColumn<TeamRow>[] {
  return [
    {
      key: "name",
      header: "Team",
      sortValue: (t) => t.name,
      className: "whitespace-normal",
      cell: (t) => (
        <button type="button" className="text-left" onClick={() => onOpen(t)}>
          <span className="font-medium text-fg hover:text-accent-700 hover:underline">{t.name}</span>
          <span className="block text-xs text-fg-subtle">{t.description || "\u00a0"}</span>
        </button>
      ),
    },
    {
      key: "members",
      header: "Members",
      sortValue: (t) => t.memberCount,
      cell: (t) => (
        <button type="button" className="text-fg-muted hover:text-accent-700 hover:underline" onClick={() => onOpen(t)}>
          {pluralize(t.memberCount, "member")}
        </button>
      ),
    },
    { key: "grants", header: "Grants", sortValue: (t) => t.grantCount, cell: (t) => <span className="text-fg-muted tabular-nums">{t.grantCount}</span> },
    {
      key: "directory",
      header: "Directory group",
      className: "max-w-80 truncate",
      cell: (t) => (t.ldapGroupDn ? <span className="font-mono text-xs text-fg-muted" title={t.ldapGroupDn}>{t.ldapGroupDn}</span> : <span className="text-fg-subtle">Not mapped</span>),
    },
    {
      key: "created",
      header: "Created",
      sortValue: (t) => t.createdAt.getTime(),
      cell: (t) => (
        <span className="text-fg-muted" title={formatDateTime(t.createdAt.getTime())}>
          {formatRelativeTime(t.createdAt.getTime())}
        </span>
      ),
    },
  ];
}
