/**
 * Durations as compose files write them, in Go's syntax ("1m30s", "500ms", "1.5h"), turned into
 * the nanoseconds the Engine API wants. Computed with bigints so "1.1s" is exactly 1_100_000_000.
 */
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";

const nanosecondsPer: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  "µs": 1_000n, // micro sign
  "μs": 1_000n, // Greek mu; Go accepts both
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const unit = "ns|us|µs|μs|ms|s|m|h";
const number = String.raw`(?:\d+\.?\d*|\.\d+)`;
const wellFormed = new RegExp(`^(?:${number}(?:${unit}))+$`);
const term = new RegExp(String.raw`(\d*)(?:\.(\d*))?(${unit})`, "g");
const example = 'write it like "10s", "1m30s" or "500ms"';

export function parseDuration(text: string): Parsed<number> {
  if (text === "0") return parsedValue(0);
  if (text.startsWith("-")) return parseFailure(`${JSON.stringify(text)} is negative; a duration here can't be`);
  const body = text.startsWith("+") ? text.slice(1) : text;
  if (!wellFormed.test(body)) {
    const unitless = new RegExp(`^${number}$`).test(body);
    return parseFailure(`${JSON.stringify(text)} is not a duration${unitless ? " (it has no unit)" : ""}; ${example}`);
  }
  let total = 0n;
  for (const [, digits = "", fraction = "", name = ""] of body.matchAll(term)) {
    const per = nanosecondsPer[name] ?? 0n;
    total += BigInt(digits || "0") * per + (BigInt(fraction || "0") * per) / 10n ** BigInt(fraction.length);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return parseFailure(`${JSON.stringify(text)} is longer than 104 days, more than this field can hold`);
  return parsedValue(Number(total));
}
