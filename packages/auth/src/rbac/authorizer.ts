/**
 * What one caller may do, from their grants (their own and their teams'), decided without further
 * database reads. An administrator may do everything; an API token with a role narrows whoever
 * holds it to that role's permissions.
 */
import { PERMISSION_NAMES, type Permission } from "./permissions.ts";
import { scopeContains, scopeReachesCluster, type Resource, type ResourceScope } from "./resource-scope.ts";

export interface EffectiveGrant {
  grantId: string;
  /** Held directly, or through membership of a team. */
  via: { kind: "user" } | { kind: "team"; teamId: string; teamName: string };
  role: { id: string; name: string; permissions: readonly Permission[] };
  resourceSet: { id: string; name: string; scope: ResourceScope };
}

export interface Authorizer {
  /** An administrator not narrowed by a token's role: the only caller of admin-level procedures. */
  readonly isAdmin: boolean;
  /** Whether the caller holds the permission on anything at all: the first, coarse check. */
  holds(permission: Permission): boolean;
  can(permission: Permission, resource: Resource): boolean;
  /** Whether any grant reaches into the cluster (or the node with those labels in it). */
  reaches(clusterId: string, nodeLabels?: Readonly<Record<string, string>>): boolean;
  /** The grants that give the permission on the resource; empty when none does. */
  explain(permission: Permission, resource: Resource): EffectiveGrant[];
  /** Every permission the caller holds on a resource set, from grants on that very set. */
  permissionsOnSet(resourceSetId: string): Set<Permission>;
  readonly grants: readonly EffectiveGrant[];
}

export function createAuthorizer(options: { isAdmin: boolean; grants: readonly EffectiveGrant[]; narrowTo?: readonly Permission[] | null }): Authorizer {
  const narrow = options.narrowTo ? new Set(options.narrowTo) : null;
  const allowed = (permission: Permission) => narrow === null || narrow.has(permission);
  const admin = options.isAdmin;
  const grants = options.grants;
  const giving = (permission: Permission, resource: Resource) =>
    grants.filter((g) => g.role.permissions.includes(permission) && scopeContains(g.resourceSet.scope, resource));

  return {
    isAdmin: admin && narrow === null,
    grants,
    holds: (permission) => allowed(permission) && (admin || grants.some((g) => g.role.permissions.includes(permission))),
    can: (permission, resource) => allowed(permission) && (admin || giving(permission, resource).length > 0),
    reaches: (clusterId, nodeLabels) => admin || grants.some((g) => scopeReachesCluster(g.resourceSet.scope, clusterId, nodeLabels)),
    explain: (permission, resource) => (allowed(permission) ? giving(permission, resource) : []),
    permissionsOnSet(resourceSetId) {
      const held = admin ? PERMISSION_NAMES : grants.filter((g) => g.resourceSet.id === resourceSetId).flatMap((g) => g.role.permissions);
      return new Set(held.filter(allowed));
    },
  };
}
