/**
 * Memory as people write it ("512M", "2G", "1.5GiB"), read the way the docker CLI reads it: binary
 * units, so 1G is 1024 MiB. Shown back in the largest unit that divides it exactly.
 */
const UNITS = ["", "K", "M", "G", "T"] as const;
const amount = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i;

/** Bytes, or undefined for text that is not an amount. */
export function parseMemory(text: string): number | undefined {
  const match = amount.exec(text.trim());
  if (!match) return undefined;
  const power = UNITS.indexOf((match[2] ?? "").toUpperCase() as (typeof UNITS)[number]);
  return Math.round(Number(match[1]) * 1024 ** power);
}

export function formatMemory(bytes: number | undefined): string {
  if (bytes === undefined) return "";
  let power = 0;
  while (bytes > 0 && power < UNITS.length - 1 && bytes % 1024 ** (power + 1) === 0) power += 1;
  return `${bytes / 1024 ** power}${UNITS[power]}`;
}
