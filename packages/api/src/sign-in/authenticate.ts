/**
 * Checks a username and password: the user they prove, or null. Local accounts are checked
 * against their argon2id hash; directory accounts, and usernames Wheelhouse does not know yet, go
 * to the LDAP directory when one is enabled. A local account is never handed to the directory.
 */
import { hashPassword, readLdapSettings, verifyPassword } from "@wheelhouse/auth";
import type { Database, User } from "@wheelhouse/db";
import { signInWithDirectory } from "./directory-sign-in.ts";

// Verifying against a real hash when the user is unknown keeps the response time the same,
// so timing does not reveal which usernames exist.
const DECOY_HASH = hashPassword("decoy password that matches nothing");

export async function authenticate(db: Database, username: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({ where: { username } });
  if (user?.source !== "ldap") {
    const valid = await verifyPassword(user?.passwordHash ?? (await DECOY_HASH), password);
    if (user) return valid ? user : null;
  }
  const directory = await readLdapSettings(db);
  return directory?.enabled ? signInWithDirectory(db, directory, username, password) : null;
}
