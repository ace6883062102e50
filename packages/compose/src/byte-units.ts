/**
 * Sizes as compose files write them ("512M", "1g", "1.5GB", or a plain number of bytes), read the
 * way docker does (go-units' RAMInBytes): every unit is a power of 1024, case and a trailing
 * "b"/"ib" don't matter.
 */
import { parseFailure, parsedValue, type Parsed } from "./parsed.ts";

const size = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i;
const powerOf1024: Record<string, number> = { k: 1, m: 2, g: 3, t: 4, p: 5 };

export function parseBytes(written: string | number): Parsed<number> {
  if (typeof written === "number") {
    return Number.isSafeInteger(written) && written >= 0 ? parsedValue(written) : parseFailure(`${written} is not a whole number of bytes`);
  }
  const [, amount = "", unit = ""] = size.exec(written) ?? [];
  if (amount === "") return parseFailure(`${JSON.stringify(written)} is not a size; write it like "512M", "1g" or "1.5GB" (units are powers of 1024)`);
  const bytes = Math.trunc(Number(amount) * 1024 ** (powerOf1024[unit.toLowerCase()] ?? 0));
  return Number.isSafeInteger(bytes) ? parsedValue(bytes) : parseFailure(`${JSON.stringify(written)} is more than this field can hold`);
}
