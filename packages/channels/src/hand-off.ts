/**
 * A source to push into: what is pushed waits here, in order, until the channel it is sent on
 * pulls it (which it does only while it has credit), and each push settles once pulled. A producer
 * that awaits its pushes is paced by the receiver; one that does not (a person typing) is not, so
 * it should push only what it already holds in memory anyway.
 */
import type { SourceChunk } from "./upstream.ts";

interface Waiting {
  item: SourceChunk;
  taken: () => void;
}

export class HandOff implements AsyncIterable<SourceChunk> {
  readonly #queue: Waiting[] = [];
  #wake: (() => void) | undefined;
  #ended = false;

  /** Settles when the channel takes the item, or at once when the hand-off has ended (the item is dropped). */
  push(item: SourceChunk): Promise<void> {
    if (this.#ended) return Promise.resolve();
    return new Promise((taken) => {
      this.#queue.push({ item, taken });
      this.#wakeReader();
    });
  }

  /** Nothing more will be pushed: the channel's sending side ends once it has taken what waits. */
  end(): void {
    this.#ended = true;
    this.#wakeReader();
  }

  get ended(): boolean {
    return this.#ended;
  }

  [Symbol.asyncIterator](): AsyncIterator<SourceChunk> {
    return {
      next: async () => {
        for (;;) {
          const next = this.#queue.shift();
          if (next) {
            next.taken();
            return { done: false, value: next.item };
          }
          if (this.#ended) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (this.#wake = resolve));
        }
      },
      // The channel closed: what still waits is dropped, and its pushes settle.
      return: async () => {
        this.#ended = true;
        for (const waiting of this.#queue.splice(0)) waiting.taken();
        this.#wakeReader();
        return { done: true, value: undefined };
      },
    };
  }

  #wakeReader(): void {
    this.#wake?.();
    this.#wake = undefined;
  }
}
