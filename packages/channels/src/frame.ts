/**
 * Frames as they cross the wire. A JSON batch is encoded once, by the sender, into the UTF-8 text
 * of one JSON array: its length is its exact credit cost at both ends, socket.io carries it as a
 * binary attachment without encoding it again, and the receiver parses it only when its consumer
 * takes it, so what waits for a slow consumer is held as compact bytes.
 */

export interface Frame {
  kind: "bytes" | "json";
  bytes: Uint8Array;
}

const encoder = new TextEncoder();
// Fatal: a peer's malformed UTF-8 is a fault to report, not text to repair silently.
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Encodes a batch as one frame, or as several when it is over maxBytes: split between values, as
 * consumers of batches (log lines, samples) see a sequence of values, not where batches begin.
 * Throws when one value alone is over maxBytes, or is not JSON (a BigInt, a cycle).
 */
export function encodeBatch(batch: readonly unknown[], maxBytes: number): Frame[] {
  const bytes = encoder.encode(JSON.stringify(batch));
  if (bytes.byteLength <= maxBytes) return [{ kind: "json", bytes }];
  if (batch.length <= 1) {
    throw new RangeError(`a batch value encodes to ${bytes.byteLength - 2} bytes of JSON, over the ${maxBytes}-byte frame limit`);
  }
  const half = Math.ceil(batch.length / 2);
  return [...encodeBatch(batch.slice(0, half), maxBytes), ...encodeBatch(batch.slice(half), maxBytes)];
}

/** Throws when the bytes are not the UTF-8 JSON text of an array. */
export function decodeBatch(bytes: Uint8Array): unknown[] {
  const batch: unknown = JSON.parse(decoder.decode(bytes));
  if (!Array.isArray(batch)) throw new TypeError("a JSON batch must be an array");
  return batch;
}
