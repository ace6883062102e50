/** The swarm nodes table's columns. */
import type { SwarmNode } from "@wheelhouse/protocol";
import { Badge, formatBytes, shortId, type DataTableColumn, type Tone } from "@wheelhouse/ui";
import { Crown } from "lucide-react";
import Link from "next/link";
import type { AgentLink } from "./agent-links";
import { LabelChips } from "./label-chips";

const AVAILABILITY: Record<SwarmNode["availability"], { tone: Tone; label: string }> = {
  active: { tone: "success", label: "Active" },
  pause: { tone: "info", label: "Paused" },
  drain: { tone: "warning", label: "Drained" },
};

const STATE: Record<SwarmNode["state"], { tone: Tone; label: string }> = {
  ready: { tone: "success", label: "Ready" },
  down: { tone: "danger", label: "Down" },
  disconnected: { tone: "warning", label: "Disconnected" },
  unknown: { tone: "neutral", label: "Unknown" },
};

export function swarmNodeColumns(agents: ReadonlyMap<string, AgentLink>): DataTableColumn<SwarmNode>[] {
  return [
    {
      key: "hostname",
      header: "Node",
      sortValue: (n) => n.hostname,
      cell: (n) => (
        <>
          <span className="font-medium text-fg">{n.hostname}</span>
          <span className="block font-mono text-xs text-fg-subtle">{n.address || shortId(n.id)}</span>
        </>
      ),
    },
    {
      key: "role",
      header: "Role",
      sortValue: (n) => (n.leader ? 0 : n.role === "manager" ? 1 : 2),
      cell: (n) =>
        n.role === "manager" ? (
          <span className="flex items-center gap-1.5">
            <Crown aria-hidden="true" className="size-3.5 text-fg-subtle" />
            Manager
            {n.leader && <Badge tone="accent">Leader</Badge>}
          </span>
        ) : (
          "Worker"
        ),
    },
    {
      key: "availability",
      header: "Availability",
      sortValue: (n) => n.availability,
      cell: (n) => <Badge tone={AVAILABILITY[n.availability].tone}>{AVAILABILITY[n.availability].label}</Badge>,
    },
    {
      key: "state",
      header: "State",
      sortValue: (n) => n.state,
      // Docker's reason ("heartbeat failure") matters most when the node is not ready.
      cell: (n) => (
        <span title={n.stateMessage || undefined}>
          <Badge tone={STATE[n.state].tone} dot>
            {STATE[n.state].label}
          </Badge>
          {n.state !== "ready" && n.stateMessage && <span className="mt-0.5 block text-xs text-fg-subtle">{n.stateMessage}</span>}
        </span>
      ),
    },
    { key: "labels", header: "Labels", className: "whitespace-normal", cell: (n) => <LabelChips labels={n.labels} /> },
    { key: "engine", header: "Engine", sortValue: (n) => n.engineVersion, cell: (n) => <span className="font-mono text-xs">{n.engineVersion || "—"}</span> },
    {
      key: "resources",
      header: "CPUs · memory",
      sortValue: (n) => n.resources.nanoCpus,
      cell: (n) => <span className="tabular-nums">{`${n.resources.nanoCpus / 1e9} · ${formatBytes(n.resources.memoryBytes)}`}</span>,
    },
    { key: "agent", header: "Wheelhouse agent", sortValue: (n) => agents.get(n.id)?.name, cell: (n) => <AgentCell agent={agents.get(n.id)} /> },
  ];
}

function AgentCell({ agent }: { agent: AgentLink | undefined }) {
  if (!agent) {
    return (
      <span className="text-fg-subtle" title="Start a Wheelhouse agent on this host to see its containers, images and volumes.">
        None
      </span>
    );
  }
  return (
    <Link href={`/nodes/${agent.id}/containers`} className="inline-flex items-center gap-1.5 font-medium text-accent-700 hover:underline">
      <span aria-hidden="true" className={`size-1.5 rounded-full ${agent.connected ? "bg-success" : "bg-danger"}`} />
      {agent.name}
      <span className="sr-only">{agent.connected ? "(connected)" : "(disconnected)"}</span>
    </Link>
  );
}
