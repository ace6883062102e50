/**
 * LogBatch values from an agent, checked at the boundary without zod: the LogBatch schema states
 * the shape, but parsing every line through it (a regex per timestamp) costs more than the rest of
 * the relay. This checks what the relay relies on (types, timestamp width, stream names) and
 * throws with a reason when a value is not a batch.
 */
import type { LogBatch, LogCursor, LogPosition } from "@wheelhouse/protocol";

const TIMESTAMP_LENGTH = 30;

export function checkBatch(value: unknown): LogBatch {
  if (typeof value !== "object" || value === null) throw new TypeError("a log batch must be an object");
  const { lines, cursor } = value as Partial<LogBatch>;
  if (!Array.isArray(lines)) throw new TypeError("a log batch must have lines");
  for (const line of lines as unknown[]) {
    const { ts, stream, text } = (line ?? {}) as Partial<LogBatch["lines"][number]>;
    if (!isTimestamp(ts) || (stream !== "stdout" && stream !== "stderr") || typeof text !== "string") {
      throw new TypeError("a log line must have a timestamp, a stream and a text");
    }
  }
  if (cursor !== null && !isCursor(cursor)) throw new TypeError("a log batch's cursor is malformed");
  return value as LogBatch;
}

function isCursor(cursor: unknown): cursor is LogCursor {
  if (typeof cursor !== "object" || cursor === null) return false;
  const { stdout, stderr } = cursor as Partial<LogCursor>;
  return isPosition(stdout) && isPosition(stderr);
}

function isPosition(position: unknown): position is LogPosition {
  const { ts, countAtTs } = (position ?? {}) as Partial<LogPosition>;
  return isTimestamp(ts) && Number.isInteger(countAtTs) && (countAtTs as number) >= 0;
}

const isTimestamp = (ts: unknown): ts is string => typeof ts === "string" && ts.length === TIMESTAMP_LENGTH && ts.endsWith("Z");
