/**
 * The last bytes a terminal showed, kept so that a viewer who reattaches sees its screen redrawn.
 * Bounded: the oldest bytes go first, and the kept bytes start on a UTF-8 character boundary.
 */
export class ReplayBuffer {
  #chunks: Buffer[] = [];
  #bytes = 0;

  constructor(readonly capacity: number) {}

  push(data: Buffer): void {
    if (data.length >= this.capacity) {
      this.#chunks = [Buffer.from(data.subarray(data.length - this.capacity))];
      this.#bytes = this.capacity;
    } else {
      // A copy, so that a kept slice never pins the socket's larger read buffer.
      this.#chunks.push(Buffer.from(data));
      this.#bytes += data.length;
    }
    while (this.#bytes > this.capacity) {
      const first = this.#chunks[0]!;
      const excess = this.#bytes - this.capacity;
      if (first.length <= excess) {
        this.#chunks.shift();
        this.#bytes -= first.length;
      } else {
        this.#chunks[0] = first.subarray(excess);
        this.#bytes -= excess;
      }
    }
    this.#dropLeadingContinuationBytes();
  }

  contents(): Buffer {
    return Buffer.concat(this.#chunks, this.#bytes);
  }

  get size(): number {
    return this.#bytes;
  }

  // A character cut in half by trimming would show as garbage at the top of the redrawn screen.
  #dropLeadingContinuationBytes(): void {
    const first = this.#chunks[0];
    if (!first) return;
    let skip = 0;
    while (skip < first.length && skip < 3 && (first[skip]! & 0xc0) === 0x80) skip++;
    if (skip === 0) return;
    this.#chunks[0] = first.subarray(skip);
    this.#bytes -= skip;
    if (this.#chunks[0].length === 0) this.#chunks.shift();
  }
}
