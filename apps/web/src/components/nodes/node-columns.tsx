/** The nodes table's columns; everything else about a node is in its details, opened beside its name. */
import { Badge, ConnectionBadge, formatRelativeTime, IconButton, type DataTableColumn } from "@wheelhouse/ui";
import { Info } from "lucide-react";
import Link from "next/link";
import type { NodeRow } from "./node-rows";
import { cpuAmount, diskAmount, memoryAmount, swarmRoleText, type Amount } from "./node-text";

export function nodeColumns(onOpen: (node: NodeRow) => void): DataTableColumn<NodeRow>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (n) => n.name,
      cell: (n) => (
        <span className="flex items-center gap-1">
          <Link href={`/nodes/${n.id}/containers`} className="font-medium text-accent-700 hover:underline">
            {n.name}
            {n.local && <span className="ml-2 text-xs font-normal text-fg-subtle">this host</span>}
          </Link>
          <IconButton aria-label={`Details of ${n.name}`} icon={<Info />} size="sm" onClick={() => onOpen(n)} />
        </span>
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
    { key: "role", header: "Swarm role", cell: (n) => swarmRoleText(n) ?? "–" },
    {
      key: "addresses",
      header: "Addresses",
      // The first address is usually the one to reach the host by; the rest are in the tooltip and the details.
      cell: (n) =>
        n.addresses[0] ? (
          <span className="font-mono text-xs" title={n.addresses.map((a) => `${a.address} (${a.interface})`).join("\n")}>
            {n.addresses[0].address}
            {n.addresses.length > 1 && <span className="ml-1 font-sans text-fg-subtle">+{n.addresses.length - 1}</span>}
          </span>
        ) : (
          "–"
        ),
    },
    { key: "engine", header: "Engine", cell: (n) => n.facts?.engineVersion ?? "–" },
    { key: "cpu", header: "CPU", sortValue: (n) => n.usage?.cpuPercent, cell: (n) => <AmountCell amount={cpuAmount(n)} /> },
    { key: "memory", header: "Memory", sortValue: (n) => n.usage?.memoryUsedBytes, cell: (n) => <AmountCell amount={memoryAmount(n)} /> },
    { key: "disk", header: "Disk", sortValue: (n) => n.usage?.diskUsedBytes, cell: (n) => <AmountCell amount={diskAmount(n)} /> },
    { key: "agent", header: "Agent", cell: (n) => n.agentVersion ?? "–" },
    { key: "seen", header: "Last seen", sortValue: (n) => n.lastSeenAt?.getTime(), cell: (n) => (n.lastSeenAt ? formatRelativeTime(n.lastSeenAt.getTime()) : "never") },
  ];
}

// Two short lines keep the table narrow: what is in use, and of how much.
function AmountCell({ amount }: { amount: Amount | undefined }) {
  if (!amount) return "–";
  if (!amount.used) return amount.of;
  return (
    <>
      {amount.used}
      <span className="block text-xs text-fg-subtle">of {amount.of}</span>
    </>
  );
}
