/** Deterministic upstreams for channel tests and benches, each counting what it was asked for. */
import { Readable } from "node:stream";

/** A Readable of `total` pseudo-random bytes in `chunkBytes` chunks (endless when total is Infinity). */
export function byteSource(total: number, chunkBytes = 64 * 1024): Readable & { reads: number } {
  let produced = 0;
  let state = 0x9e3779b9;
  const source = new Readable({
    highWaterMark: chunkBytes,
    read() {
      source.reads += 1;
      if (produced >= total) return void this.push(null);
      const size = Math.min(chunkBytes, total - produced);
      const chunk = Buffer.allocUnsafe(size);
      for (let offset = 0; offset + 4 <= size; offset += 4) {
        state = (state * 1664525 + 1013904223) >>> 0;
        chunk.writeUInt32LE(state, offset);
      }
      chunk.fill(7, size - (size % 4));
      produced += size;
      this.push(chunk);
    },
  }) as Readable & { reads: number };
  source.reads = 0;
  return source;
}
