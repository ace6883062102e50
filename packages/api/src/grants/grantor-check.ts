/**
 * No privilege escalation: a grant on a set may be made or removed only by someone holding, on
 * that very set, grant.manage and every permission of the role. Administrators hold everything.
 */
import type { Authorizer, Permission } from "@wheelhouse/auth";

export function missingToGrant(access: Authorizer, resourceSetId: string, rolePermissions: readonly Permission[]): Permission[] {
  const held = access.permissionsOnSet(resourceSetId);
  const needed = new Set<Permission>(["grant.manage", ...rolePermissions]);
  return [...needed].filter((p) => !held.has(p));
}
