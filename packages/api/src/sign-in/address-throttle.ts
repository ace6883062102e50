/**
 * Counts failed sign-ins per client address over a sliding window and refuses an address that
 * reaches the limit until its oldest failure leaves the window.
 *
 * Kept in memory, so each replica counts on its own: an attacker spread over N replicas gets N
 * times the attempts. That is acceptable because this only slows guessing down; the account
 * lockout, which lives in the database, is what holds across replicas.
 */

export interface AddressThrottleLimits {
  attempts: number;
  windowMs: number;
}

export class AddressThrottle {
  private readonly failures = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(private readonly limits: AddressThrottleLimits) {}

  /** How long the address must wait before trying again, in milliseconds; 0 when it may try now. */
  waitFor(address: string, now: number): number {
    const recent = this.recent(address, now);
    if (recent.length < this.limits.attempts) return 0;
    return recent[recent.length - this.limits.attempts]! + this.limits.windowMs - now;
  }

  recordFailure(address: string, now: number): void {
    this.sweep(now);
    // Only the newest `attempts` failures can decide a refusal, so older ones are not kept.
    this.failures.set(address, [...this.recent(address, now), now].slice(-this.limits.attempts));
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((at) => at > now - this.limits.windowMs);
  }

  // Addresses that stopped failing are forgotten once per window, so the map stays as small as the attack.
  private sweep(now: number): void {
    if (now - this.lastSweep < this.limits.windowMs) return;
    this.lastSweep = now;
    for (const [address, times] of this.failures) {
      if (times.every((at) => at <= now - this.limits.windowMs)) this.failures.delete(address);
    }
  }
}
