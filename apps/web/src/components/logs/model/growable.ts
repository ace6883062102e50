/** Typed arrays that grow by doubling, for the log store's columns: a number per line costs its bytes, not an object. */

type Typed = Int32Array | Uint8Array | Uint16Array | Float64Array;

/** The array itself when it has room for `size` items, else a copy twice as large (at least). */
export function ensureRoom<T extends Typed>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  return grown;
}
