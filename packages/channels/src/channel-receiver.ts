/**
 * The receiving half of a channel: holds what arrived until its one consumer takes it, and grants
 * the sender more credit as the consumer drains. A slow consumer therefore slows the sender
 * instead of growing this buffer, which never exceeds the window (plus one JSON batch). JSON
 * batches wait here as the bytes that arrived and are parsed as the consumer takes them.
 */
import { ReceiveWindow, type WindowSize } from "./credit-window.ts";
import { decodeBatch, frameSize, type Frame } from "./frame.ts";
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

export interface ReceiverEvents {
  /** Credit to grant the sender. */
  grant(bytes: number): void;
  /** The consumer stopped iterating before the end (a `break` out of `for await`). */
  abandon(): void;
  /** The peer sent a frame that cannot be delivered; the channel should close with this message. */
  fault(message: string): void;
}

export class ChannelReceiver implements AsyncIterable<Payload> {
  readonly #window: ReceiveWindow;
  readonly #events: ReceiverEvents;
  #queue: Frame[] = [];
  #waiter: Waiter | undefined;
  #ended = false;
  #iterating = false;
  #receivedBytes = 0;
  #receivedFrames = 0;
  #lastTakenAt: number | undefined;
  #lastReceivedAt: number | undefined;

  constructor(size: WindowSize, events: ReceiverEvents) {
    this.#window = new ReceiveWindow(size);
    this.#events = events;
  }

  get initialCredit(): number {
    return this.#window.initialCredit;
  }

  /** False, keeping nothing, when the sender overstepped its credit. */
  accept(frame: Frame): boolean {
    if (this.#ended) return true;
    const cost = frameSize(frame);
    if (!this.#window.receive(cost, frame.kind === "bytes")) return false;
    this.#receivedBytes += cost;
    this.#receivedFrames += 1;
    this.#lastReceivedAt = Date.now();
    this.#queue.push(frame);
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
        if (!this.#ended) this.#events.abandon();
        this.cancel();
        return { done: true, value: undefined };
      },
    };
  }

  #deliver(): void {
    const waiter = this.#waiter;
    if (!waiter) return;
    const next = this.#queue.shift();
    if (!next) {
      if (!this.#ended) return;
      this.#waiter = undefined;
      return waiter({ done: true, value: undefined });
    }
    this.#lastTakenAt = Date.now();
    const grant = this.#window.consume(frameSize(next));
    let payload: Payload;
    try {
      payload = next.kind === "values" ? next.values : next.kind === "json" ? decodeBatch(next.bytes) : next.bytes;
    } catch (error) {
      this.#queue = [];
      this.#events.fault(`received a malformed JSON batch: ${error instanceof Error ? error.message : String(error)}`);
      // Closing the channel ends this iteration; ending here too covers a channel already closed.
      return this.end();
    }
    this.#waiter = undefined;
    if (grant > 0 && !this.#ended) this.#events.grant(grant);
    waiter({ done: false, value: payload });
  }
}
