"use client";
/** Browser sessions: where and when each began and was last used, with a button to end each. */
import { Badge, DataTable, EmptyState, formatDateTime, formatRelativeTime, IconButton, type DataTableColumn } from "@wheelhouse/ui";
import { LogOut, MonitorSmartphone } from "lucide-react";
import type { SessionRow } from "./user-rows";
import { describeUserAgent } from "./user-agent";

interface Props<T extends SessionRow> {
  sessions: readonly T[] | undefined;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
  onEnd: (session: T) => void;
  /** The session behind this very page, marked and worded as such. */
  isCurrent?: (session: T) => boolean;
  endingId?: string | null;
}

const when = (date: Date) => (
  <span className="text-fg-muted" title={formatDateTime(date.getTime())}>
    {formatRelativeTime(date.getTime())}
  </span>
);

export function SessionsTable<T extends SessionRow>({ sessions, loading, error, onRetry, onEnd, isCurrent = () => false, endingId }: Props<T>) {
  const columns: DataTableColumn<T>[] = [
    {
      key: "browser",
      header: "Browser",
      cell: (s) => (
        <span className="flex items-center gap-2">
          <span className="font-medium text-fg" title={s.userAgent ?? undefined}>
            {describeUserAgent(s.userAgent)}
          </span>
          {isCurrent(s) && <Badge tone="accent">This browser</Badge>}
        </span>
      ),
    },
    { key: "ip", header: "Address", cell: (s) => <span className="font-mono text-[0.8125rem] text-fg-muted">{s.ipAddress ?? "unknown"}</span> },
    { key: "created", header: "Signed in", sortValue: (s) => s.createdAt.getTime(), cell: (s) => when(s.createdAt) },
    { key: "seen", header: "Last active", sortValue: (s) => s.lastSeenAt.getTime(), cell: (s) => when(s.lastSeenAt) },
  ];
  return (
    <DataTable
      label="Sessions"
      noun="session"
      columns={columns}
      rows={sessions}
      getRowId={(s) => s.id}
      loading={loading}
      error={error}
      onRetry={onRetry}
      defaultSort={{ key: "seen", direction: "desc" }}
      rowActions={(s) => (
        <IconButton
          aria-label={isCurrent(s) ? "Sign out of this browser" : `End the session in ${describeUserAgent(s.userAgent)}`}
          icon={<LogOut />}
          size="sm"
          variant="danger"
          loading={endingId === s.id}
          onClick={() => onEnd(s)}
        />
      )}
      empty={<EmptyState icon={<MonitorSmartphone />} title="No active sessions" description="Nobody is signed in with this account in a browser right now." />}
    />
  );
}
