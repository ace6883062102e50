/**
 * What a resource set reaches, and whether a resource is inside it. A resource carries the cluster
 * it lives in, the labels of the node it is on (node-bound resources only) and its own labels
 * (labelled kinds only: containers, services, stacks, secrets, configs). Every condition the set
 * names must hold, and a resource without the attribute a condition needs is outside the set: a
 * set of `team=payments` objects never reaches a node's images, which no team owns.
 */
import { z } from "zod";

const LabelKey = z.string().trim().min(1, "A label needs a key.").max(128);
const Labels = z.record(LabelKey, z.string().max(256));

export const ResourceScope = z.object({
  /** Empty: every cluster. */
  clusterIds: z.array(z.string().min(1).max(128)).max(100).default([]),
  nodeLabels: Labels.default({}),
  labels: Labels.default({}),
});
export type ResourceScope = z.infer<typeof ResourceScope>;

export interface Resource {
  clusterId: string;
  nodeLabels?: Readonly<Record<string, string>>;
  labels?: Readonly<Record<string, string>>;
}

function carries(have: Readonly<Record<string, string>> | undefined, want: Readonly<Record<string, string>>): boolean {
  const wanted = Object.entries(want);
  if (wanted.length === 0) return true;
  return have !== undefined && wanted.every(([key, value]) => have[key] === value);
}

export function scopeContains(scope: ResourceScope, resource: Resource): boolean {
  return (scope.clusterIds.length === 0 || scope.clusterIds.includes(resource.clusterId)) && carries(resource.nodeLabels, scope.nodeLabels) && carries(resource.labels, scope.labels);
}

/**
 * Whether anything in the cluster may be inside the set. Lists of nodes and clusters show what a
 * caller can reach into, even when the grant is on labelled objects there and not on the nodes.
 */
export function scopeReachesCluster(scope: ResourceScope, clusterId: string, nodeLabels?: Readonly<Record<string, string>>): boolean {
  return (scope.clusterIds.length === 0 || scope.clusterIds.includes(clusterId)) && (nodeLabels === undefined || carries(nodeLabels, scope.nodeLabels));
}
