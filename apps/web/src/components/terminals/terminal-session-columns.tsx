/** The columns of the administrators' list of terminal sessions. */
import type { TerminalSessionView } from "@wheelhouse/api";
import { Badge, formatDateTime, formatRelativeTime, shortId, type DataTableColumn } from "@wheelhouse/ui";

export const terminalSessionColumns: DataTableColumn<TerminalSessionView>[] = [
  {
    key: "owner",
    header: "User",
    sortValue: (s) => s.ownerName ?? s.owner,
    cell: (s) => <span className="font-medium text-fg">{s.ownerName ?? <span className="text-fg-muted italic">deleted user</span>}</span>,
  },
  {
    key: "container",
    header: "Container",
    sortValue: (s) => `${s.nodeName} ${s.containerName ?? s.containerId}`,
    cell: (s) => (
      <span>
        <span className="font-medium text-fg">{s.containerName ?? shortId(s.containerId)}</span>
        <span className="block text-xs text-fg-subtle">on {s.nodeName}</span>
      </span>
    ),
  },
  {
    key: "command",
    header: "Command",
    cell: (s) => (
      <span className="font-mono text-[0.8125rem]">
        {s.command.join(" ")}
        <span className="block text-xs text-fg-subtle">
          {s.user ? `as ${s.user}` : "as the image's user"}
          {s.tty ? "" : " · no tty"}
        </span>
      </span>
    ),
  },
  {
    key: "since",
    header: "Since",
    sortValue: (s) => s.startedAt,
    cell: (s) => (
      <span className="text-fg-muted" title={formatDateTime(s.startedAt)}>
        {formatRelativeTime(s.startedAt)}
      </span>
    ),
  },
  {
    key: "attached",
    header: "Viewer",
    sortValue: (s) => (s.attached ? 0 : 1),
    cell: (s) =>
      s.attached ? (
        <Badge tone="success" dot>
          Attached
        </Badge>
      ) : (
        <span title={s.detachedAt ? `Left ${formatDateTime(s.detachedAt)}` : undefined}>
          <Badge tone="warning" dot pulse>
            Detached, ending
          </Badge>
        </span>
      ),
  },
];
