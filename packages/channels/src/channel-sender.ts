/**
 * The sending half of a channel: frames what its upstream produces while credit lasts, and pauses
 * the upstream the moment credit runs out. What it holds is at most one upstream chunk waiting for
 * credit, plus what the receiver has not yet granted back (at most its window), whatever the
 * receiver does.
 */
import { SendCredit } from "./credit-window.ts";
import { frameSize, type BatchFramer, type Frame } from "./frame.ts";
import { startUpstream, type Payload, type Source, type Upstream } from "./upstream.ts";

export type UpstreamState = "idle" | "flowing" | "paused" | "ended" | "failed";

export interface SenderStats {
  upstream: UpstreamState;
  credit: number;
  /** Read from the upstream, waiting for credit. */
  pendingBytes: number;
  /** Sent, and not yet granted back by the receiver (in sockets or in the receiver's buffer). */
  unacknowledgedBytes: number;
  /** The most pending plus unacknowledged bytes ever held. */
  peakHeldBytes: number;
  sentBytes: number;
  sentFrames: number;
  /** Since when data has been waiting for credit, if it is. */
  blockedSince: number | undefined;
}

export interface SenderEvents {
  frame(frame: Frame): void;
  /** The upstream finished and everything it produced was sent. */
  end(): void;
  fail(message: string): void;
}

export class ChannelSender {
  readonly #credit: SendCredit;
  readonly #maxFrameBytes: number;
  readonly #frameBatch: BatchFramer;
  readonly #events: SenderEvents;
  #upstream: Upstream | undefined;
  #state: UpstreamState = "idle";
  #pending: Frame[] = [];
  #pendingBytes = 0;
  #granted = 0;
  #sentBytes = 0;
  #sentFrames = 0;
  #peakHeld = 0;
  #blockedSince: number | undefined;
  #upstreamEnded = false;

  constructor(initialCredit: number, maxFrameBytes: number, frameBatch: BatchFramer, events: SenderEvents) {
    this.#credit = new SendCredit(initialCredit);
    this.#maxFrameBytes = maxFrameBytes;
    this.#frameBatch = frameBatch;
    this.#events = events;
  }

  get attached(): boolean {
    return this.#upstream !== undefined;
  }

  attach(source: Source): void {
    if (this.#upstream) throw new Error("a channel sends from one source; this one already has its source");
    this.#state = "flowing";
    this.#upstream = startUpstream(source, {
      write: (payload) => this.#write(payload),
      end: () => {
        this.#upstreamEnded = true;
        this.#flush();
      },
      fail: (message) => this.#fail(message),
    });
    if (this.#credit.available <= 0) this.#pause();
  }

  grant(bytes: number): void {
    this.#credit.grant(bytes);
    this.#granted += bytes;
    this.#flush();
  }

  /** Stops reading: the upstream is destroyed and whatever waited for credit is dropped. */
  destroy(): void {
    if (this.#state === "flowing" || this.#state === "paused") this.#state = "ended";
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#upstream?.destroy();
  }

  stats(): SenderStats {
    return {
      upstream: this.#state,
      credit: this.#credit.available,
      pendingBytes: this.#pendingBytes,
      unacknowledgedBytes: this.#unacknowledged(),
      peakHeldBytes: this.#peakHeld,
      sentBytes: this.#sentBytes,
      sentFrames: this.#sentFrames,
      blockedSince: this.#blockedSince,
    };
  }

  #unacknowledged(): number {
    return this.#sentBytes - this.#granted;
  }

  #write(payload: Payload): void {
    if (this.#state !== "flowing" && this.#state !== "paused") return;
    let frames: Frame[];
    try {
      frames = payload instanceof Uint8Array ? [{ kind: "bytes", bytes: payload }] : this.#frameBatch(payload, this.#maxFrameBytes);
    } catch (error) {
      return this.#fail(`a JSON batch could not be sent: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const frame of frames) {
      this.#pending.push(frame);
      this.#pendingBytes += frameSize(frame);
    }
    this.#peakHeld = Math.max(this.#peakHeld, this.#pendingBytes + this.#unacknowledged());
    this.#flush();
  }

  #flush(): void {
    if (this.#state !== "flowing" && this.#state !== "paused") return;
    while (this.#pending.length > 0 && this.#sendHead());
    if (this.#pending.length > 0 || this.#credit.available <= 0) {
      this.#blockedSince ??= Date.now();
      this.#pause();
      return;
    }
    this.#blockedSince = undefined;
    if (this.#upstreamEnded) {
      this.#state = "ended";
      this.#events.end();
      return;
    }
    this.#resume();
  }

  /** Sends the first waiting frame, or as many of its bytes as credit allows; false when it cannot. */
  #sendHead(): boolean {
    const head = this.#pending[0];
    if (head === undefined) return false;
    if (head.kind === "bytes") {
      const { kind, bytes } = head;
      const size = this.#credit.takeBytes(Math.min(bytes.byteLength, this.#maxFrameBytes));
      if (size === 0) return false;
      if (size === bytes.byteLength) this.#pending.shift();
      else this.#pending[0] = { kind, bytes: bytes.subarray(size) };
      this.#sent({ kind, bytes: bytes.subarray(0, size) });
      return true;
    }
    if (!this.#credit.takeBatch(frameSize(head))) return false;
    this.#pending.shift();
    this.#sent(head);
    return true;
  }

  #sent(frame: Frame): void {
    const size = frameSize(frame);
    this.#pendingBytes -= size;
    this.#sentBytes += size;
    this.#sentFrames += 1;
    this.#events.frame(frame);
  }

  #fail(message: string): void {
    if (this.#state === "ended" || this.#state === "failed") return;
    this.#state = "failed";
    this.#events.fail(message);
  }

  #pause(): void {
    if (this.#state !== "flowing") return;
    this.#state = "paused";
    this.#upstream?.pause();
  }

  #resume(): void {
    if (this.#state !== "paused") return;
    this.#state = "flowing";
    this.#upstream?.resume();
  }
}
