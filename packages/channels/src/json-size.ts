/**
 * What a batch would cost as JSON, without encoding it: the credit a batch handed over in process
 * (in-process-link.ts) takes, where the bytes it would encode to are never made. Exact for ASCII
 * text with nothing to escape (log lines, numbers, keys); text with escapes or beyond ASCII counts
 * its UTF-16 length, less than its UTF-8 JSON, which credit windows, being bounds on memory held
 * rather than byte counts, can bear. Throws, as JSON.stringify would, on what is not JSON.
 */
const MAX_DEPTH = 256;

export function jsonSize(value: unknown, depth = 0): number {
  switch (typeof value) {
    case "string":
      return value.length + 2;
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object":
      if (value === null) return 4;
      if (depth >= MAX_DEPTH) throw new TypeError(`a value nests deeper than ${MAX_DEPTH} levels (circular?)`);
      return Array.isArray(value) ? arraySize(value, depth + 1) : objectSize(value as Record<string, unknown>, depth + 1);
    default:
      throw new TypeError(`a ${typeof value} is not JSON`);
  }
}

function arraySize(array: readonly unknown[], depth: number): number {
  let size = 1 + Math.max(1, array.length);
  for (const item of array) size += item === undefined ? 4 : jsonSize(item, depth);
  return size;
}

function objectSize(object: Record<string, unknown>, depth: number): number {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError("only plain objects are handed over as JSON");
  }
  let size = 2;
  let fields = 0;
  for (const key in object) {
    const item = object[key];
    if (item === undefined) continue;
    size += key.length + 3 + jsonSize(item, depth);
    fields += 1;
  }
  return size + Math.max(0, fields - 1);
}
