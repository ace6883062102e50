/**
 * Checks a username and password: the user they prove, or null. Local accounts are checked
 * against their argon2id hash.
 */
import { hashPassword, verifyPassword } from "@wheelhouse/auth";
import type { Database, User } from "@wheelhouse/db";

// Verifying against a real hash when the user is unknown keeps the response time the same,
// so timing does not reveal which usernames exist.
const DECOY_HASH = hashPassword("decoy password that matches nothing");

export async function authenticate(db: Database, username: string, password: string): Promise<User | null> {
  const user = await db.user.findUnique({ where: { username } });
  const valid = await verifyPassword(user?.passwordHash ?? (await DECOY_HASH), password);
  return user && valid ? user : null;
}
