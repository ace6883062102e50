/** Why a resource falls outside a resource set: each condition of the set that it fails, in words. */
import type { Resource, ResourceScope } from "@wheelhouse/auth";

function missingLabels(have: Readonly<Record<string, string>> | undefined, want: Record<string, string>): string[] {
  return Object.entries(want)
    .filter(([key, value]) => have?.[key] !== value)
    .map(([key, value]) => `${key}=${value}`);
}

export function scopeMismatch(scope: ResourceScope, resource: Resource): string[] {
  const reasons: string[] = [];
  if (scope.clusterIds.length > 0 && !scope.clusterIds.includes(resource.clusterId)) reasons.push("the set does not include this cluster");
  const node = missingLabels(resource.nodeLabels, scope.nodeLabels);
  if (node.length > 0) reasons.push(resource.nodeLabels ? `the node lacks the label ${node.join(", ")}` : "the set reaches only what sits on its labelled nodes");
  const own = missingLabels(resource.labels, scope.labels);
  if (own.length > 0) reasons.push(resource.labels ? `the resource lacks the label ${own.join(", ")}` : "the set reaches only labelled objects");
  return reasons;
}
