/**
 * A node in words, the same on the dashboard, the Nodes table and a node's details. CPU, memory and
 * disk say what is in use once the agent reports usage; before that, CPU and memory give the
 * capacity the engine reports.
 */
import type { NodeView } from "@wheelhouse/api";
import { formatBytes, pluralize } from "@wheelhouse/ui";

type Host = Pick<NodeView, "facts" | "usage">;

/** `used` of `of`, or `of` alone for capacity. */
export interface Amount {
  used?: string;
  of: string;
}

export function inWords(amount: Amount | undefined): string | undefined {
  return amount && (amount.used ? `${amount.used} of ${amount.of}` : amount.of);
}

/** "19%" of "2 CPUs". */
export function cpuAmount({ facts, usage }: Host): Amount | undefined {
  const cpus = facts ? pluralize(facts.cpus, "CPU") : undefined;
  if (!usage) return cpus === undefined ? undefined : { of: cpus };
  return { used: `${Math.round(usage.cpuPercent)}%`, of: cpus ?? "all CPUs" };
}

export function memoryAmount({ facts, usage }: Host): Amount | undefined {
  if (usage) return { used: formatBytes(usage.memoryUsedBytes), of: formatBytes(usage.memoryTotalBytes) };
  return facts ? { of: formatBytes(facts.memoryBytes) } : undefined;
}

/** Of the filesystem holding Docker's data; unknown when the agent could not read it. */
export function diskAmount({ usage }: Host): Amount | undefined {
  if (!usage || usage.diskUsedBytes === null || usage.diskTotalBytes === null) return undefined;
  return { used: formatBytes(usage.diskUsedBytes), of: formatBytes(usage.diskTotalBytes) };
}

/** The engine's own view: availability is the managers' to tell (see the node's details). */
export function swarmRoleText({ facts }: Pick<NodeView, "facts">): string | undefined {
  if (!facts) return undefined;
  if (facts.swarm.state === "inactive") return "Not in a swarm";
  if (facts.swarm.state !== "active") return `Swarm ${facts.swarm.state}`;
  return facts.swarm.isManager ? "Manager" : "Worker";
}
