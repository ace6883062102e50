/**
 * One end of one channel: a receiver for what the peer sends, a sender for what this end sends,
 * and the end and close handshakes. Each direction ends on its own (so an echo or a shell whose
 * input ended still delivers its output); the channel is done when both have. Every way a channel
 * ends (both directions end, either end closes or fails, a protocol fault, the connection drops)
 * goes through one place, which destroys the upstream and settles `closed` exactly once.
 */
import type { ChannelClose, ChannelCredit, ChannelEnd, ErrorCode, ErrorReply } from "@wheelhouse/protocol";
import { ChannelReceiver, type ReceiverStats } from "./channel-receiver.ts";
import { ChannelSender, type SenderStats } from "./channel-sender.ts";
import type { WindowSize } from "./credit-window.ts";
import type { BatchFramer, Frame } from "./frame.ts";
import type { Payload, Source } from "./upstream.ts";

export type ChannelClosed =
  | { by: "local" | "peer"; outcome: "end" | "cancel" }
  | { by: "local" | "peer"; outcome: "error"; code: ErrorCode; message: string }
  | { by: "connection"; outcome: "disconnect" };

export interface ChannelHealth {
  id: string;
  kind: string;
  open: boolean;
  /** Absent until this end sends from a source. */
  sending: SenderStats | undefined;
  receiving: ReceiverStats;
}

/** What code using a channel sees. */
export interface Channel {
  readonly id: string;
  readonly kind: string;
  /** What the peer sends, paced by credit granted as this iteration takes frames. One consumer. */
  readonly frames: AsyncIterable<Payload>;
  /** Settles once, however the channel ends. */
  readonly closed: Promise<ChannelClosed>;
  /** Sends from a Readable or an async iterable until it ends; with nothing to send, the peer's end closes the channel. */
  send(source: Source): ErrorReply | undefined;
  /** Cancels the channel, or reports a failure to the peer; the upstream is destroyed. */
  close(error?: { code: ErrorCode; message: string }): void;
  health(): ChannelHealth;
}

/** How a channel end reaches its peer and its multiplexer. */
export interface ChannelWire {
  emitData(channelId: string, seq: number, frame: Frame): void;
  emitCredit(credit: ChannelCredit): void;
  emitEnd(end: ChannelEnd): void;
  emitClose(close: ChannelClose): void;
  /** The channel closed: forget it. */
  closed(channel: LocalChannel, how: ChannelClosed): void;
}

export interface LocalChannelOptions {
  id: string;
  kind: string;
  window: WindowSize;
  maxFrameBytes: number;
  /** How JSON batches become frames: encoded for a socket, handed over in process. */
  frameBatch: BatchFramer;
  wire: ChannelWire;
}

export class LocalChannel implements Channel {
  readonly id: string;
  readonly kind: string;
  readonly closed: Promise<ChannelClosed>;
  readonly #receiver: ChannelReceiver;
  readonly #wire: ChannelWire;
  readonly #maxFrameBytes: number;
  readonly #frameBatch: BatchFramer;
  #source: Source | undefined;
  #sender: ChannelSender | undefined;
  #sendCredit: number | undefined;
  #settle!: (how: ChannelClosed) => void;
  #open = true;
  #sentEnd = false;
  #receivedEnd = false;
  #sentSeq = 0;
  #expectedSeq = 0;

  constructor({ id, kind, window, maxFrameBytes, frameBatch, wire }: LocalChannelOptions) {
    this.id = id;
    this.kind = kind;
    this.#wire = wire;
    this.#maxFrameBytes = maxFrameBytes;
    this.#frameBatch = frameBatch;
    this.closed = new Promise((resolve) => (this.#settle = resolve));
    this.#receiver = new ChannelReceiver(window, {
      grant: (bytes) => this.#open && wire.emitCredit({ channelId: id, bytes }),
      abandon: () => this.close(),
      fault: (message) => this.close({ code: "BAD_REQUEST", message: `channel ${id} ${message}` }),
    });
  }

  get frames(): AsyncIterable<Payload> {
    return this.#receiver;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** The credit to announce to the peer for what it sends here. */
  get initialReceiveCredit(): number {
    return this.#receiver.initialCredit;
  }

  /**
   * The peer's first grant for what this end sends. An acceptor sets it only after acknowledging
   * the open, so no frame (nor the close of a short stream) ever reaches the opener before its answer.
   */
  setSendCredit(credit: number): void {
    this.#sendCredit = credit;
    if (this.#source) this.#startSending(this.#source, credit);
  }

  send(source: Source): ErrorReply | undefined {
    if (!this.#open || this.#source || this.#sentEnd) {
      destroySource(source);
      const message = this.#open ? `channel ${this.id} already sends from a source` : `channel ${this.id} is closed`;
      return { ok: false, code: "CONFLICT", message };
    }
    this.#source = source;
    if (this.#sendCredit !== undefined) this.#startSending(source, this.#sendCredit);
    return undefined;
  }

  close(error?: { code: ErrorCode; message: string }): void {
    this.#finish(error ? { by: "local", outcome: "error", ...error } : { by: "local", outcome: "cancel" }, true);
  }

  health(): ChannelHealth {
    return { id: this.id, kind: this.kind, open: this.#open, sending: this.#sender?.stats(), receiving: this.#receiver.stats() };
  }

  receiveData(data: { seq: number; frame: Frame }): void {
    if (!this.#open) return;
    if (data.seq !== this.#expectedSeq) {
      return this.close({ code: "BAD_REQUEST", message: `channel ${this.id} expected frame ${this.#expectedSeq}, got ${data.seq}` });
    }
    this.#expectedSeq += 1;
    if (!this.#receiver.accept(data.frame)) {
      this.close({ code: "BAD_REQUEST", message: `channel ${this.id} received more than the credit it granted` });
    }
  }

  receiveCredit(bytes: number): void {
    if (this.#open) this.#sender?.grant(bytes);
  }

  peerEnded(): void {
    if (!this.#open || this.#receivedEnd) return;
    this.#receivedEnd = true;
    this.#receiver.end();
    if (!this.#source) this.#sendEnd();
    if (this.#sentEnd) this.#finish({ by: "peer", outcome: "end" }, false);
  }

  peerClosed(close: ChannelClose): void {
    const how: ChannelClosed =
      close.outcome === "error" ? { by: "peer", outcome: "error", code: close.code, message: close.message } : { by: "peer", outcome: "cancel" };
    this.#finish(how, false);
  }

  /** Closes without a word to the peer, which already knows (it refused the open, or we did). */
  drop(): void {
    this.#finish({ by: "local", outcome: "cancel" }, false);
  }

  disconnected(): void {
    this.#finish({ by: "connection", outcome: "disconnect" }, false);
  }

  #startSending(source: Source, credit: number): void {
    this.#sender = new ChannelSender(credit, this.#maxFrameBytes, this.#frameBatch, {
      frame: (frame) => this.#emitFrame(frame),
      end: () => {
        this.#sendEnd();
        if (this.#receivedEnd) this.#finish({ by: "local", outcome: "end" }, false);
      },
      fail: (message) => this.#finish({ by: "local", outcome: "error", code: "INTERNAL", message: `the stream failed: ${message}` }, true),
    });
    this.#sender.attach(source);
  }

  #sendEnd(): void {
    this.#sentEnd = true;
    this.#wire.emitEnd({ channelId: this.id });
  }

  #emitFrame(frame: Frame): void {
    this.#wire.emitData(this.id, this.#sentSeq++, frame);
  }

  #finish(how: ChannelClosed, tellPeer: boolean): void {
    if (!this.#open) return;
    this.#open = false;
    if (this.#sender) this.#sender.destroy();
    else if (this.#source) destroySource(this.#source);
    // A cancelling consumer wants nothing more; otherwise what already arrived is still delivered.
    if (how.by === "local" && how.outcome === "cancel") this.#receiver.cancel();
    else this.#receiver.end();
    if (tellPeer) {
      this.#wire.emitClose(
        how.outcome === "error" ? { channelId: this.id, outcome: "error", code: how.code, message: how.message } : { channelId: this.id, outcome: "cancel" },
      );
    }
    this.#wire.closed(this, how);
    this.#settle(how);
  }
}

function destroySource(source: Source): void {
  if ("destroy" in source && typeof source.destroy === "function") source.destroy();
  else void (source as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
}
