/** The form's duration strings ("1m30s", "500ms") to and from the nanoseconds Docker stores. */

const nanosPerUnit = { h: 3_600_000_000_000, m: 60_000_000_000, s: 1_000_000_000, ms: 1_000_000 } as const;
type Unit = keyof typeof nanosPerUnit;

/** Accepts what the protocol's Duration accepts: one or more <integer><unit> parts, summed. */
export function nanosFromDuration(duration: string): number {
  let nanos = 0;
  for (const [, amount = "0", unit] of duration.matchAll(/(\d+)(ms|h|m|s)/g)) nanos += Number(amount) * nanosPerUnit[unit as Unit];
  return nanos;
}

/** Largest unit first, zero parts left out ("1h30m", "1m5s250ms"), "0s" for none; below a millisecond rounds. */
export function durationFromNanos(nanos: number | undefined): string {
  let rest = Math.round((nanos ?? 0) / nanosPerUnit.ms) * nanosPerUnit.ms;
  let text = "";
  for (const unit of ["h", "m", "s", "ms"] as const) {
    const amount = Math.floor(rest / nanosPerUnit[unit]);
    rest -= amount * nanosPerUnit[unit];
    if (amount > 0) text += `${amount}${unit}`;
  }
  return text || "0s";
}
