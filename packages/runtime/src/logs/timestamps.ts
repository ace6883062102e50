/**
 * Docker's log timestamps (RFC3339Nano) as LogTimestamps: UTC with exactly nine fractional digits,
 * so that comparing two strings compares two instants to the nanosecond.
 */
import type { LogTimestamp } from "@wheelhouse/protocol";

// Docker formats with RFC3339NanoFixed: `2006-01-02T15:04:05.000000000Z07:00`. Its json-file and
// local drivers record UTC, so the prefix is already normalized and costs one check.
const NORMALIZED_LENGTH = 30;

/** The LogTimestamp of an RFC3339 time, or undefined when the text is not one. */
export function normalizeTimestamp(text: string): LogTimestamp | undefined {
  if (text.length === NORMALIZED_LENGTH && text[19] === "." && text[29] === "Z" && isNormalized(text)) return text;
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text);
  if (!match) return undefined;
  const [, wall = "", fraction = "", zone = "Z"] = match;
  const ms = Date.parse(`${wall}${zone}`);
  if (Number.isNaN(ms)) return undefined;
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction.padEnd(9, "0")}Z`;
}

const normalizedShape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;
function isNormalized(text: string): boolean {
  return normalizedShape.test(text);
}

/**
 * The Engine API's `since`/`until` form: Unix seconds with a nine-digit fraction. The engine takes
 * nanoseconds here (the CLI sends them too), though its documentation says an integer.
 */
export function toEngineTime(ts: LogTimestamp): string {
  const seconds = Date.parse(`${ts.slice(0, 19)}Z`) / 1000;
  return `${seconds}.${ts.slice(20, 29)}`;
}
