/**
 * Team membership from directory groups. A team mapped to a group (Team.ldapGroupDn) has as
 * directory members exactly the users in that group. Only memberships the sync made
 * (fromDirectory) are ever removed; one an administrator added stays, and one the sync would add
 * but already exists is left as it is.
 */
import { connectDirectory, normalDn, type LdapSettings } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";

export interface SyncResult {
  added: number;
  removed: number;
}

export async function syncDirectoryTeams(db: Database, userId: string, groupDns: string[]): Promise<SyncResult> {
  const inGroup = new Set(groupDns.map(normalDn));
  const [teams, memberships] = await Promise.all([
    db.team.findMany({ where: { ldapGroupDn: { not: null } }, select: { id: true, ldapGroupDn: true } }),
    db.teamMember.findMany({ where: { userId }, select: { teamId: true, fromDirectory: true } }),
  ]);
  const wanted = new Set(teams.filter((team) => team.ldapGroupDn !== null && inGroup.has(normalDn(team.ldapGroupDn))).map((team) => team.id));
  const current = new Set(memberships.map((membership) => membership.teamId));
  const toAdd = [...wanted].filter((teamId) => !current.has(teamId));
  const toRemove = memberships.filter((membership) => membership.fromDirectory && !wanted.has(membership.teamId)).map((membership) => membership.teamId);
  await db.$transaction([
    ...toAdd.map((teamId) => db.teamMember.create({ data: { teamId, userId, fromDirectory: true } })),
    db.teamMember.deleteMany({ where: { userId, fromDirectory: true, teamId: { in: toRemove } } }),
  ]);
  return { added: toAdd.length, removed: toRemove.length };
}

/** Every directory user's teams brought in line now, rather than at their next sign-in. */
export async function syncAllDirectoryUsers(db: Database, settings: LdapSettings): Promise<SyncResult & { users: number }> {
  const users = await db.user.findMany({ where: { source: "ldap", ldapDn: { not: null } }, select: { id: true, ldapDn: true } });
  const directory = await connectDirectory(settings);
  const total = { users: 0, added: 0, removed: 0 };
  try {
    for (const user of users) {
      if (user.ldapDn === null) continue;
      const result = await syncDirectoryTeams(db, user.id, await directory.groupDnsOf(user.ldapDn));
      total.users += 1;
      total.added += result.added;
      total.removed += result.removed;
    }
  } finally {
    await directory.close();
  }
  return total;
}
