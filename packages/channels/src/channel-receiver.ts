/**
 * The receiving half of a channel: holds what arrived until its one consumer takes it, and grants
 * the sender more credit as the consumer drains. A slow consumer therefore slows the sender
 * instead of growing this buffer, which never exceeds the window (plus one JSON batch).
 */
import { ReceiveWindow, frameCost, type WindowSize } from "./credit-window.ts";
import type { Payload } from "./upstream.ts";

export interface ReceiverStats {
  bufferedBytes: number;
  receivedBytes: number;
  receivedFrames: number;
  /** When the consumer last took a frame; with bytes buffered, a long wait means it has stalled. */
  lastTakenAt: number | undefined;
  lastReceivedAt: number | undefined;
}

type Waiter = (result: IteratorResult<Payload>) => void;

export class ChannelReceiver implements AsyncIterable<Payload> {
  readonly #window: ReceiveWindow;
  readonly #grant: (bytes: number) => void;
  readonly #abandon: () => void;
  #queue: { payload: Payload; cost: number }[] = [];
  #waiter: Waiter | undefined;
  #ended = false;
  #iterating = false;
  #receivedBytes = 0;
  #receivedFrames = 0;
  #lastTakenAt: number | undefined;
  #lastReceivedAt: number | undefined;

  /** abandon: the consumer stopped iterating before the end (a `break` out of `for await`). */
  constructor(size: WindowSize, grant: (bytes: number) => void, abandon: () => void) {
    this.#window = new ReceiveWindow(size);
    this.#grant = grant;
    this.#abandon = abandon;
  }

  get initialCredit(): number {
    return this.#window.initialCredit;
  }

  /** False, keeping nothing, when the sender overstepped its credit. */
  accept(payload: Payload): boolean {
    if (this.#ended) return true;
    const cost = frameCost(payload);
    if (!this.#window.receive(cost, payload instanceof Uint8Array)) return false;
    this.#receivedBytes += cost;
    this.#receivedFrames += 1;
    this.#lastReceivedAt = Date.now();
    this.#queue.push({ payload, cost });
    this.#deliver();
    return true;
  }

  /** No more frames will come; the consumer still gets those already here. */
  end(): void {
    this.#ended = true;
    this.#deliver();
  }

  /** The consumer's iteration ends now and what was here is dropped. */
  cancel(): void {
    this.#queue = [];
    this.end();
  }

  stats(): ReceiverStats {
    return {
      bufferedBytes: this.#window.bufferedBytes,
      receivedBytes: this.#receivedBytes,
      receivedFrames: this.#receivedFrames,
      lastTakenAt: this.#lastTakenAt,
      lastReceivedAt: this.#lastReceivedAt,
    };
  }

  [Symbol.asyncIterator](): AsyncIterator<Payload> {
    if (this.#iterating) throw new Error("a channel's frames have one consumer, and this one already has it");
    this.#iterating = true;
    return {
      next: () => new Promise<IteratorResult<Payload>>((resolve) => {
        this.#waiter = resolve;
        this.#deliver();
      }),
      return: async () => {
        if (!this.#ended) this.#abandon();
        this.cancel();
        return { done: true, value: undefined };
      },
    };
  }

  #deliver(): void {
    const waiter = this.#waiter;
    if (!waiter) return;
    const next = this.#queue.shift();
    if (next) {
      this.#waiter = undefined;
      this.#lastTakenAt = Date.now();
      const grant = this.#window.consume(next.cost);
      if (grant > 0 && !this.#ended) this.#grant(grant);
      waiter({ done: false, value: next.payload });
    } else if (this.#ended) {
      this.#waiter = undefined;
      waiter({ done: true, value: undefined });
    }
  }
}
