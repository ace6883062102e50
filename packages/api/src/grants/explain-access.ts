/**
 * Why a user may (or may not) do something to a resource: the grants that give it, or, when none
 * does, the grants that came close, each with what kept it from applying.
 */
import { scopeContains, type Authorizer, type EffectiveGrant, type Permission, type Resource } from "@wheelhouse/auth";
import { describeScope } from "./describe-scope.ts";
import { scopeMismatch } from "./scope-mismatch.ts";

export interface ExplainedGrant {
  grantId: string;
  via: EffectiveGrant["via"];
  role: { id: string; name: string };
  resourceSet: { id: string; name: string; scopeText: string };
}

export interface NearMiss extends ExplainedGrant {
  /** The role lacks the permission though the set holds the resource, or the reverse. */
  missing: "permission" | "resource";
  reasons: string[];
}

export type Explanation =
  | { allowed: true; because: "admin"; grants: [] }
  | { allowed: true; because: "grants"; grants: ExplainedGrant[] }
  | { allowed: false; because: "disabled" | "no-grant"; nearMisses: NearMiss[] };

export function explainAccess(
  subject: { disabled: boolean },
  access: Authorizer,
  permission: Permission,
  resource: Resource,
  clusterNames: ReadonlyMap<string, string>,
): Explanation {
  if (subject.disabled) return { allowed: false, because: "disabled", nearMisses: [] };
  if (access.isAdmin) return { allowed: true, because: "admin", grants: [] };
  const shown = (grant: EffectiveGrant): ExplainedGrant => ({
    grantId: grant.grantId,
    via: grant.via,
    role: { id: grant.role.id, name: grant.role.name },
    resourceSet: { id: grant.resourceSet.id, name: grant.resourceSet.name, scopeText: describeScope(grant.resourceSet.scope, clusterNames) },
  });
  const giving = access.explain(permission, resource);
  if (giving.length > 0) return { allowed: true, because: "grants", grants: giving.map(shown) };
  const nearMisses = access.grants.flatMap((grant): NearMiss[] => {
    const roleHas = grant.role.permissions.includes(permission);
    const setHas = scopeContains(grant.resourceSet.scope, resource);
    if (roleHas) return [{ ...shown(grant), missing: "resource", reasons: scopeMismatch(grant.resourceSet.scope, resource) }];
    if (setHas) return [{ ...shown(grant), missing: "permission", reasons: [`${grant.role.name} does not include ${permission}`] }];
    return [];
  });
  return { allowed: false, because: "no-grant", nearMisses };
}
