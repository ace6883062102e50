/** Reads a user's effective grants: those naming the user, and those naming any team they are in. */
import type { Database } from "@wheelhouse/db";
import type { EffectiveGrant } from "./authorizer.ts";
import { isPermission, type Permission } from "./permissions.ts";
import { ResourceScope } from "./resource-scope.ts";

export function parsePermissions(json: string): Permission[] {
  const names: unknown = JSON.parse(json);
  return Array.isArray(names) ? names.filter((n): n is Permission => typeof n === "string" && isPermission(n)) : [];
}

export function parseScope(set: { clusterIds: string; nodeLabels: string; labels: string }): ResourceScope {
  return ResourceScope.parse({ clusterIds: JSON.parse(set.clusterIds), nodeLabels: JSON.parse(set.nodeLabels), labels: JSON.parse(set.labels) });
}

export async function loadGrants(db: Database, userId: string): Promise<EffectiveGrant[]> {
  const rows = await db.grant.findMany({
    where: { OR: [{ userId }, { team: { members: { some: { userId } } } }] },
    include: { role: true, resourceSet: true, team: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    grantId: row.id,
    via: row.team ? { kind: "team" as const, teamId: row.team.id, teamName: row.team.name } : { kind: "user" as const },
    role: { id: row.role.id, name: row.role.name, permissions: parsePermissions(row.role.permissions) },
    resourceSet: { id: row.resourceSet.id, name: row.resourceSet.name, scope: parseScope(row.resourceSet) },
  }));
}
