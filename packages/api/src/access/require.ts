/**
 * The errors a resource check ends in. A caller who may not even see an object is told exactly
 * what a caller would be told if it did not exist, so names in other teams' sets do not leak; a
 * caller who sees it but may not change it is told which permission is missing.
 */
import { TRPCError } from "@trpc/server";
import { scopeReachesCluster, type Authorizer, type Permission, type Resource } from "@wheelhouse/auth";
import { hostAccessRefusal } from "./host-access.ts";

export function notFound(message: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message });
}

/** Passes when the caller may see the resource with `view`; otherwise answers as for a missing object. */
function requireVisible(access: Authorizer, view: Permission, resource: Resource, missing: string): void {
  if (!access.can(view, resource)) notFound(missing);
}

/**
 * Passes when the caller holds `permission` on the resource. Otherwise NOT_FOUND (with `missing`,
 * the message for an object that does not exist) when they may not see it with `view` either, and
 * FORBIDDEN naming the permission when they may.
 */
export function requirePermission(access: Authorizer, permission: Permission, resource: Resource, check: { view: Permission; missing: string; what: string }): void {
  if (access.can(permission, resource)) return;
  requireVisible(access, check.view, resource, check.missing);
  throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${permission} permission on ${check.what}.` });
}

/**
 * For objects a caller is about to create or relabel: their labels (a swarm node's: `nodeLabels`)
 * must put them inside a set where the caller holds the permission. The message names the labels
 * of those sets, so the caller knows what to add.
 */
export function requireLabelsAllowed(access: Authorizer, permission: Permission, resource: Resource, what: string, on: LabelKind = "labels"): void {
  const refusal = labelRefusal(access, permission, resource, what, on);
  if (refusal !== null) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
}

export function labelRefusal(access: Authorizer, permission: Permission, resource: Resource, what: string, on: LabelKind = "labels"): string | null {
  if (access.can(permission, resource)) return null;
  const options = labelChoices(access, permission, resource.clusterId, on);
  const hint = options.length === 0 ? `You hold ${permission} on nothing of that kind in this cluster.` : `Label it ${options.join(", or ")}.`;
  const labels = formatLabels(resource[on] ?? {}) || "(no labels)";
  return `You may not ${what} labelled ${labels}: you need the ${permission} permission on it. ${hint}`;
}

/** Host access (see host-access.ts) needs workload.host-access on the workload's resource. */
export function requireHostAccess(access: Authorizer, resource: Resource, findings: readonly string[]): void {
  const refusal = hostAccessDenial(access, resource, findings);
  if (refusal !== null) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
}

export function hostAccessDenial(access: Authorizer, resource: Resource, findings: readonly string[]): string | null {
  return access.can("workload.host-access", resource) ? null : hostAccessRefusal(findings);
}

type LabelKind = "labels" | "nodeLabels";

/** The label conditions of the sets in this cluster where the caller holds the permission, e.g. "team=payments". */
function labelChoices(access: Authorizer, permission: Permission, clusterId: string, on: LabelKind): string[] {
  const other: LabelKind = on === "labels" ? "nodeLabels" : "labels";
  const choices = access.grants
    .filter((g) => g.role.permissions.includes(permission) && Object.keys(g.resourceSet.scope[other]).length === 0)
    .filter((g) => scopeReachesCluster(g.resourceSet.scope, clusterId))
    .map((g) => formatLabels(g.resourceSet.scope[on]));
  return [...new Set(choices)].filter((choice) => choice !== "");
}

export function formatLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
}
