/**
 * Frames as they cross the wire. A JSON batch is encoded once, by the sender, into the UTF-8 text
 * of one JSON array: its length is its exact credit cost at both ends, socket.io carries it as a
 * binary attachment without encoding it again, and the receiver parses it only when its consumer
 * takes it, so what waits for a slow consumer is held as compact bytes.
 *
 * Between two ends in one process (in-process-link.ts) a batch is handed over as its values,
 * never encoded nor parsed, at the cost its JSON would have (json-size.ts). The sender gives the
 * values up: it must not change them once sent, as the receiver has them, not a copy.
 */
import { jsonSize } from "./json-size.ts";

export type Frame = { kind: "bytes" | "json"; bytes: Uint8Array } | { kind: "values"; values: unknown[]; size: number };

/** What a frame costs in credit. */
export const frameSize = (frame: Frame): number => (frame.kind === "values" ? frame.size : frame.bytes.byteLength);

/** Makes a batch's frames: encodeBatch for a socket, handOverBatch in process. */
export type BatchFramer = (batch: readonly unknown[], maxBytes: number) => Frame[];

const encoder = new TextEncoder();
// Fatal: a peer's malformed UTF-8 is a fault to report, not text to repair silently.
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Encodes a batch as one frame, or as several when it is over maxBytes: split between values, as
 * consumers of batches (log lines, samples) see a sequence of values, not where batches begin.
 * Throws when one value alone is over maxBytes, or is not JSON (a BigInt, a cycle).
 */
export const encodeBatch: BatchFramer = (batch, maxBytes) => {
  const bytes = encoder.encode(JSON.stringify(batch));
  return bytes.byteLength <= maxBytes ? [{ kind: "json", bytes }] : split(batch, bytes.byteLength, maxBytes, encodeBatch);
};

/** As encodeBatch, for a batch handed over in process: split and refused alike, so that what a remote agent cannot send, the local one does not either. */
export const handOverBatch: BatchFramer = (batch, maxBytes) => {
  const values = batch as unknown[];
  const size = jsonSize(values);
  return size <= maxBytes ? [{ kind: "values", values, size }] : split(batch, size, maxBytes, handOverBatch);
};

function split(batch: readonly unknown[], size: number, maxBytes: number, frame: BatchFramer): Frame[] {
  if (batch.length <= 1) throw new RangeError(`a batch value encodes to ${size - 2} bytes of JSON, over the ${maxBytes}-byte frame limit`);
  const half = Math.ceil(batch.length / 2);
  return [...frame(batch.slice(0, half), maxBytes), ...frame(batch.slice(half), maxBytes)];
}

/** Throws when the bytes are not the UTF-8 JSON text of an array. */
export function decodeBatch(bytes: Uint8Array): unknown[] {
  const batch: unknown = JSON.parse(decoder.decode(bytes));
  if (!Array.isArray(batch)) throw new TypeError("a JSON batch must be an array");
  return batch;
}
