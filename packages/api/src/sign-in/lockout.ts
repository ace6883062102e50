/**
 * Account lockout, kept on the User row so it holds across replicas: `attempts` wrong passwords in
 * a row lock the account for `durationMs`, during which even the right password is refused.
 * A good sign-in clears the count.
 */
import type { Database, User } from "@wheelhouse/db";

export interface LockoutPolicy {
  attempts: number;
  durationMs: number;
}

/** When the account unlocks, or null when it is not locked. */
export function lockedUntil(user: Pick<User, "lockedUntil">, now: Date): Date | null {
  return user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null;
}

/** Counts a wrong password; returns when the account unlocks if this one locked it. */
export async function recordWrongPassword(db: Database, userId: string, policy: LockoutPolicy, now: Date): Promise<Date | null> {
  // An atomic increment, so concurrent guesses on several replicas are all counted.
  const { failedLogins } = await db.user.update({ where: { id: userId }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
  if (failedLogins < policy.attempts) return null;
  const until = new Date(now.getTime() + policy.durationMs);
  // The count starts again, so once the lock ends the account gets a full set of attempts, not one.
  await db.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: until } });
  return until;
}

export async function recordGoodSignIn(db: Database, userId: string, now: Date): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
}
