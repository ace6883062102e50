/**
 * CPU counts ("0.5", 2) as billionths of a CPU, the Engine API's NanoCPUs, computed from the
 * decimal digits so "0.1" is exactly 100_000_000. Like docker, more than nine decimals is refused
 * rather than rounded.
 */
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";

const decimal = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;

export function parseNanoCpus(written: string | number): Parsed<number> {
  const text = typeof written === "number" ? written.toFixed(10).replace(/\.?0+$/, "") : written.trim();
  const match = decimal.exec(text);
  if (!match) return parseFailure(`${JSON.stringify(written)} is not a number of CPUs; write it like "0.5" or "2"`);
  const whole = match[1] ?? "0";
  const fraction = (match[2] ?? match[3] ?? "").replace(/0+$/, "");
  if (fraction.length > 9) return parseFailure(`${JSON.stringify(written)} is too precise: a billionth of a CPU is the smallest step`);
  const nanos = BigInt(whole) * 1_000_000_000n + BigInt(fraction.padEnd(9, "0"));
  return nanos > BigInt(Number.MAX_SAFE_INTEGER) ? parseFailure(`${JSON.stringify(written)} is more CPUs than this field can hold`) : parsedValue(Number(nanos));
}
