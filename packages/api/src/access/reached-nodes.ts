/**
 * Which nodes a caller is shown: those any grant reaches into, even one on labelled objects there
 * only, so a team sees the hosts its services run on. Administrators see every node.
 */
import type { Authorizer } from "@wheelhouse/auth";
import type { NodeResource } from "./node-resources.ts";

/** Keeps the nodes (anything with a node `id`) the caller reaches. */
export function reachedNodes<T extends { id: string }>(access: Authorizer, nodes: T[], resources: ReadonlyMap<string, NodeResource>): T[] {
  if (access.isAdmin) return nodes;
  return nodes.filter((node) => {
    const resource = resources.get(node.id);
    return resource !== undefined && access.reaches(resource.clusterId, resource.nodeLabels);
  });
}
