/** The API tokens table's columns. The token itself is never among them: only its hash is kept. */
import { Badge, formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import type { ApiTokenRow } from "./account-rows";

const STATE = { active: { label: "Active", tone: "success" }, expired: { label: "Expired", tone: "neutral" }, revoked: { label: "Revoked", tone: "danger" } } as const;

const date = (value: Date | null, none: string) =>
  value ? (
    <span className="text-fg-muted" title={formatDateTime(value.getTime())}>
      {formatRelativeTime(value.getTime())}
    </span>
  ) : (
    <span className="text-fg-subtle">{none}</span>
  );

export const apiTokenColumns: DataTableColumn<ApiTokenRow>[] = [
  { key: "name", header: "Name", sortValue: (t) => t.name, cell: (t) => <span className="font-mono text-[0.8125rem] font-medium text-fg">{t.name}</span> },
  { key: "role", header: "Permissions", cell: (t) => (t.role ? <Badge tone="info">{t.role.name}</Badge> : <span className="text-fg-muted">All my permissions</span>) },
  {
    key: "state",
    header: "Status",
    sortValue: (t) => t.state,
    cell: (t) => (
      <Badge tone={STATE[t.state].tone} dot>
        {STATE[t.state].label}
      </Badge>
    ),
  },
  { key: "created", header: "Created", sortValue: (t) => t.createdAt.getTime(), cell: (t) => date(t.createdAt, "") },
  {
    key: "expires",
    header: "Expires",
    sortValue: (t) => t.expiresAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
    cell: (t) =>
      t.expiresAt ? (
        <span className="text-fg-muted" title={formatDateTime(t.expiresAt.getTime())}>
          {formatDateTime(t.expiresAt.getTime()).slice(0, 10)}
        </span>
      ) : (
        <span className="text-fg-subtle">Never</span>
      ),
  },
  { key: "used", header: "Last used", sortValue: (t) => t.lastUsedAt?.getTime() ?? 0, cell: (t) => date(t.lastUsedAt, "Never") },
];
