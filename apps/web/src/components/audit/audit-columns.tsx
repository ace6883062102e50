/** The audit table's columns: when, who, from where, what, on what, and how it ended. */
import type { AuditEventView } from "@wheelhouse/api";
import { formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import { OutcomeBadge } from "./outcome-badge";

export const auditColumns: DataTableColumn<AuditEventView>[] = [
  {
    key: "at",
    header: "Time",
    className: "w-44 tabular-nums",
    cell: (e) => <time dateTime={e.at.toISOString()} title={formatRelativeTime(e.at.getTime())}>{formatDateTime(e.at.getTime())}</time>,
  },
  {
    key: "user",
    header: "User",
    cell: (e) => (e.username ? <span className="font-medium">{e.username}</span> : <span className="text-fg-subtle italic">anonymous</span>),
  },
  { key: "ip", header: "Address", className: "font-mono text-xs text-fg-muted", cell: (e) => e.ip },
  { key: "action", header: "Action", className: "font-mono text-xs", cell: (e) => e.action },
  {
    key: "target",
    header: "Target",
    className: "max-w-md font-mono text-xs text-fg-muted",
    cell: (e) => (e.target ? <span className="block truncate" title={e.target}>{e.target}</span> : <span className="text-fg-subtle">—</span>),
  },
  { key: "outcome", header: "Outcome", cell: (e) => <OutcomeBadge outcome={e.outcome} /> },
];
