/**
 * A resource set's reach in words, as an administrator would say it: "Services, stacks, containers,
 * secrets and configs labelled team=payments in Swarm of node-1". It follows scopeContains: a set
 * naming node labels reaches only what sits on a node, and one naming object labels only what
 * carries labels, so both together reach containers alone.
 */
import type { ResourceScope } from "@wheelhouse/auth";

const pairs = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");

export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function describeScope(scope: ResourceScope, clusterNames: ReadonlyMap<string, string>): string {
  const byLabel = Object.keys(scope.labels).length > 0;
  const byNode = Object.keys(scope.nodeLabels).length > 0;
  const what =
    byLabel && byNode
      ? `Containers labelled ${pairs(scope.labels)} on nodes labelled ${pairs(scope.nodeLabels)}`
      : byLabel
        ? `Services, stacks, containers, secrets and configs labelled ${pairs(scope.labels)}`
        : byNode
          ? `Nodes labelled ${pairs(scope.nodeLabels)}, with their containers, images, volumes and networks`
          : "Everything";
  const where = scope.clusterIds.length === 0 ? "in every cluster" : `in ${listInWords(scope.clusterIds.map((id) => clusterNames.get(id) ?? `a cluster no longer present (${id})`))}`;
  return `${what} ${where}`;
}
