/**
 * Decides a sign-in attempt: the user a username and password prove, or a refusal in words fit to
 * show. Failures count against the client's address and, for an existing account, against the
 * account's lockout; unknown usernames only ever get the wrong-password answer.
 */
import { TRPCError } from "@trpc/server";
import type { User } from "@wheelhouse/db";
import type { Context } from "../context.ts";
import { authenticate } from "./authenticate.ts";
import { lockedUntil, recordGoodSignIn, recordWrongPassword } from "./lockout.ts";
import { createSignInThrottle } from "./sign-in-throttle.ts";

// For contexts built without one (tests calling procedures directly): one throttle per process.
const processThrottle = createSignInThrottle();

const wrongPassword = () => new TRPCError({ code: "UNAUTHORIZED", message: "Wrong username or password." });

function accountLocked(until: Date) {
  // Rounded up to the minute, so trying at the time shown never meets the lock again.
  const at = new Date(Math.ceil(until.getTime() / 60_000) * 60_000).toISOString().slice(11, 16);
  // The same code as the address throttle: both say "too many failed sign-ins", and the page shows them alike.
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `This account is locked after too many failed sign-ins; try again after ${at} UTC or ask an administrator to unlock it.`,
  });
}

export async function checkSignIn(ctx: Context, username: string, password: string): Promise<User> {
  const throttle = ctx.signInThrottle ?? processThrottle;
  const now = new Date();
  const waitMs = throttle.addresses.waitFor(ctx.client.ip, now.getTime());
  if (waitMs > 0) {
    throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: `Too many sign-in attempts from this address; try again in ${Math.ceil(waitMs / 1000)} seconds.` });
  }

  // Always verified, even for a locked account, so every answer takes the hash's time.
  const user = await authenticate(ctx.db, username, password);
  const account = user ?? (await ctx.db.user.findUnique({ where: { username } }));
  const locked = account && lockedUntil(account, now);
  if (!user || locked) throttle.addresses.recordFailure(ctx.client.ip, now.getTime());
  if (locked) throw accountLocked(locked);
  if (!user) {
    const lockedNow = account ? await recordWrongPassword(ctx.db, account.id, throttle.lockout, now) : null;
    throw lockedNow ? accountLocked(lockedNow) : wrongPassword();
  }
  if (user.disabled) throw wrongPassword();
  await recordGoodSignIn(ctx.db, user.id, now);
  return user;
}
