/** The nodes table's columns. */
import { Badge, ConnectionBadge, formatBytes, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import Link from "next/link";
import type { NodeRow } from "./node-rows";

export const nodeColumns: DataTableColumn<NodeRow>[] = [
  {
    key: "name",
    header: "Name",
    sortValue: (n) => n.name,
    cell: (n) => (
      <Link href={`/nodes/${n.id}/containers`} className="font-medium text-accent-700 hover:underline">
        {n.name}
        {n.local && <span className="ml-2 text-xs font-normal text-fg-subtle">this host</span>}
      </Link>
    ),
  },
  {
    key: "status",
    header: "Status",
    cell: (n) =>
      n.credentialRevoked ? (
        <Badge tone="neutral" dot>
          Credential revoked
        </Badge>
      ) : (
        <ConnectionBadge status={!n.connected ? "disconnected" : n.engine.reachable ? "connected" : "unreachable"} />
      ),
  },
  { key: "engine", header: "Engine", cell: (n) => n.facts?.engineVersion ?? "–" },
  { key: "os", header: "OS", cell: (n) => (n.facts ? `${n.facts.os} · ${n.facts.architecture}` : "–") },
  { key: "resources", header: "CPUs · memory", cell: (n) => (n.facts ? `${n.facts.cpus} · ${formatBytes(n.facts.memoryBytes)}` : "–") },
  { key: "agent", header: "Agent", cell: (n) => n.agentVersion ?? "–" },
  { key: "seen", header: "Last seen", sortValue: (n) => n.lastSeenAt?.getTime(), cell: (n) => (n.lastSeenAt ? formatRelativeTime(n.lastSeenAt.getTime()) : "never") },
];
