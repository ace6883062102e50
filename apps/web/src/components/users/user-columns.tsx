/** The users table's columns. Clicking a name opens the user's details. */
import { Badge, formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import type { UserRow } from "./user-rows";

export function userStatus(user: UserRow): { label: string; tone: "success" | "neutral" | "warning" } {
  if (user.disabled) return { label: "Disabled", tone: "neutral" };
  if (user.lockedUntil) return { label: "Locked", tone: "warning" };
  return { label: "Active", tone: "success" };
}

export function userColumns(onOpen: (user: UserRow) => void): DataTableColumn<UserRow>[] {
  return [
    {
      key: "username",
      header: "User",
      sortValue: (u) => u.username,
      cell: (u) => (
        <button type="button" className="text-left" onClick={() => onOpen(u)}>
          <span className="font-medium text-fg hover:text-accent-700 hover:underline">{u.username}</span>
          {u.isYou && <span className="ml-1.5 text-xs text-fg-subtle">(you)</span>}
          <span className="block text-xs text-fg-subtle">{[u.displayName, u.email].filter(Boolean).join(" · ") || "\u00a0"}</span>
        </button>
      ),
    },
    {
      key: "role",
      header: "Role",
      sortValue: (u) => (u.isAdmin ? 0 : 1),
      cell: (u) => (u.isAdmin ? <Badge tone="accent">Administrator</Badge> : <span className="text-fg-muted">User</span>),
    },
    { key: "source", header: "Source", sortValue: (u) => u.source, cell: (u) => <span className="text-fg-muted">{u.source === "ldap" ? "Directory" : "Local"}</span> },
    {
      key: "status",
      header: "Status",
      sortValue: (u) => userStatus(u).label,
      cell: (u) => {
        const status = userStatus(u);
        return (
          <span title={u.lockedUntil ? `Too many wrong passwords; locked until ${formatDateTime(u.lockedUntil.getTime())}` : undefined}>
            <Badge tone={status.tone} dot>
              {status.label}
            </Badge>
          </span>
        );
      },
    },
    {
      key: "teams",
      header: "Teams",
      className: "whitespace-normal",
      cell: (u) => (u.teams.length === 0 ? <span className="text-fg-subtle">None</span> : <span className="text-fg-muted">{u.teams.map((t) => t.name).join(", ")}</span>),
    },
    { key: "sessions", header: "Sessions", sortValue: (u) => u.activeSessions, cell: (u) => <span className="text-fg-muted tabular-nums">{u.activeSessions}</span> },
    {
      key: "lastLogin",
      header: "Last sign-in",
      sortValue: (u) => u.lastLoginAt?.getTime() ?? 0,
      cell: (u) =>
        u.lastLoginAt ? (
          <span className="text-fg-muted" title={formatDateTime(u.lastLoginAt.getTime())}>
            {formatRelativeTime(u.lastLoginAt.getTime())}
          </span>
        ) : (
          <span className="text-fg-subtle">Never</span>
        ),
    },
  ];
}
