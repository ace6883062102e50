/** What slows down password guessing: a per-address limit on failures, and the account lockout. */
import { AddressThrottle } from "./address-throttle.ts";
import type { LockoutPolicy } from "./lockout.ts";

export interface SignInLimits {
  addressAttempts: number;
  addressWindowMs: number;
  lockoutAttempts: number;
  lockoutMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { addressAttempts: 10, addressWindowMs: 5 * 60_000, lockoutAttempts: 5, lockoutMs: 15 * 60_000 };

export interface SignInThrottle {
  addresses: AddressThrottle;
  lockout: LockoutPolicy;
}

export function createSignInThrottle(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS): SignInThrottle {
  return {
    addresses: new AddressThrottle({ attempts: limits.addressAttempts, windowMs: limits.addressWindowMs }),
    lockout: { attempts: limits.lockoutAttempts, durationMs: limits.lockoutMs },
  };
}
