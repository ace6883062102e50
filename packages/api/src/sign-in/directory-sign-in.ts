/**
 * Signing in against the LDAP directory: find the user's entry as the service account, bind as it
 * with the password, then bring the Wheelhouse user (and its directory-managed team memberships)
 * in line with the directory. A directory that cannot be used is an error the person signing in
 * is told about, not a wrong password.
 */
import { TRPCError } from "@trpc/server";
import { connectDirectory, DirectoryError, type DirectoryUser, type LdapSettings } from "@wheelhouse/auth";
import type { Database, User } from "@wheelhouse/db";
import { syncDirectoryTeams } from "./directory-sync.ts";

export const DIRECTORY_UNAVAILABLE =
  "The sign-in directory cannot be used right now, so directory accounts cannot sign in. Try again later, or tell an administrator.";

/** The Wheelhouse user for a directory entry, created or refreshed; null when a local account holds the name. */
async function userFor(db: Database, entry: DirectoryUser): Promise<User | null> {
  const existing = await db.user.findUnique({ where: { username: entry.username } });
  const details = { displayName: entry.displayName, email: entry.email, ldapDn: entry.dn };
  if (!existing) return db.user.create({ data: { username: entry.username, source: "ldap", passwordHash: null, ...details } });
  if (existing.source !== "ldap") {
    console.warn(`directory user ${entry.dn} not signed in: the local account ${existing.username} has that name`);
    return null;
  }
  return db.user.update({ where: { id: existing.id }, data: details });
}

export async function signInWithDirectory(db: Database, settings: LdapSettings, username: string, password: string): Promise<User | null> {
  if (password.length === 0) return null;
  try {
    const directory = await connectDirectory(settings);
    try {
      const entry = await directory.findUser(username);
      if (!entry || !(await directory.passwordMatches(entry.dn, password))) return null;
      const user = await userFor(db, entry);
      if (!user || user.disabled) return user;
      await syncDirectoryTeams(db, user.id, await directory.groupDnsOf(entry.dn));
      return user;
    } finally {
      await directory.close();
    }
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    if (error.code === "AMBIGUOUS_USER") {
      console.warn(`directory sign-in refused for ${username}: ${error.message}`);
      return null;
    }
    console.error(`directory sign-in for ${username} failed: ${error.message}`);
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DIRECTORY_UNAVAILABLE, cause: error });
  }
}
