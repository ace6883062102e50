/**
 * Channels over one socket.io socket, from either end (agent, control plane or browser): opens
 * channels and accepts them by kind, routes each message to its channel after parsing it, and
 * closes every channel (destroying every upstream) when the connection drops. A malformed message
 * is answered with an error or dropped and logged; it never throws.
 */
import {
  ChannelClose,
  ChannelCredit,
  ChannelData,
  ChannelEnd,
  ChannelEvent,
  ChannelOpen,
  ChannelOpened,
  MAX_FRAME_BYTES,
  fail,
  ok,
  replySchema,
  type ChannelEvents,
  type ErrorCode,
  type ErrorReply,
  type Reply,
} from "@wheelhouse/protocol";
import { LocalChannel, type Channel, type ChannelClosed, type ChannelHealth, type ChannelWire } from "./channel.ts";
import { DEFAULT_WINDOW, checkWindowSize, type WindowSize } from "./credit-window.ts";
import { watchHealth, type ChannelProblem } from "./health-watch.ts";
import { newChannelId } from "./channel-id.ts";
import { encodeBatch, handOverBatch, type BatchFramer, type Frame } from "./frame.ts";
import { HAND_OVER_EVENT, InProcessEnd, isHandedOver } from "./in-process-link.ts";

type ChannelSocketEvent = (typeof ChannelEvent)[keyof typeof ChannelEvent];

/**
 * The parts of a socket.io socket (server or client side) channels use. A typed socket fits when
 * its event maps include ChannelEvents from @wheelhouse/protocol.
 */
export interface ChannelSocket {
  readonly connected: boolean;
  emit<E extends ChannelSocketEvent>(event: E, ...args: Parameters<ChannelEvents[E]>): unknown;
  // socket.io's listeners take any arguments; each is parsed before use.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: ChannelSocketEvent | "disconnect", listener: (...args: any[]) => void): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(event: ChannelSocketEvent | "disconnect", listener: (...args: any[]) => void): unknown;
}

/** Accepts or refuses a channel of one kind; it parses params itself and, to send, calls channel.send. */
export type ChannelHandler = (channel: Channel, params: unknown) => void | ErrorReply | Promise<void | ErrorReply>;

export interface Logger {
  warn(message: string): void;
}

export interface ChannelsOptions {
  /** Credit granted per channel for what the peer sends (default 256 KiB, topped up at half). */
  window?: WindowSize;
  /**
   * Largest frame sent (default 64 KiB, at most MAX_FRAME_BYTES): bytes are cut to it, JSON
   * batches split between values, and a single JSON value over it fails its stream.
   */
  maxFrameBytes?: number;
  openTimeoutMs?: number;
  /** The code an open fails with while the socket is disconnected (default AGENT_UNAVAILABLE). */
  unreachableCode?: ErrorCode;
  /** How long a channel may wait for credit, or leave frames unconsumed, before it is reported (default 30 s). */
  stallMs?: number;
  onProblem?: (problem: ChannelProblem) => void;
  logger?: Logger;
}

const OpenReply = replySchema(ChannelOpened);

export class Channels {
  readonly #socket: ChannelSocket;
  readonly #window: WindowSize;
  readonly #maxFrameBytes: number;
  readonly #frameBatch: BatchFramer;
  readonly #openTimeoutMs: number;
  readonly #unreachableCode: ErrorCode;
  readonly #logger: Logger;
  readonly #handlers = new Map<string, ChannelHandler>();
  readonly #channels = new Map<string, LocalChannel>();
  readonly #listeners: [ChannelSocketEvent | "disconnect", (...args: unknown[]) => void][];
  readonly #stopWatch: () => void;

  constructor(socket: ChannelSocket, options: ChannelsOptions = {}) {
    this.#window = options.window ?? DEFAULT_WINDOW;
    const problem = checkWindowSize(this.#window);
    if (problem) throw new RangeError(problem);
    this.#socket = socket;
    this.#maxFrameBytes = options.maxFrameBytes ?? 64 * 1024;
    if (!Number.isInteger(this.#maxFrameBytes) || this.#maxFrameBytes <= 0 || this.#maxFrameBytes > MAX_FRAME_BYTES) {
      throw new RangeError(`maxFrameBytes must be an integer from 1 to ${MAX_FRAME_BYTES}, not ${this.#maxFrameBytes}`);
    }
    this.#frameBatch = socket instanceof InProcessEnd ? handOverBatch : encodeBatch;
    this.#openTimeoutMs = options.openTimeoutMs ?? 10_000;
    this.#unreachableCode = options.unreachableCode ?? "AGENT_UNAVAILABLE";
    this.#logger = options.logger ?? { warn: (message) => console.warn(`[channels] ${message}`) };
    const report = options.onProblem ?? ((found) => this.#logger.warn(`channel ${found.channelId} (${found.kind}): ${found.message}`));
    this.#stopWatch = watchHealth(() => this.health(), options.stallMs ?? 30_000, report);
    this.#listeners = [
      [ChannelEvent.open, (open, ack) => void this.#onOpen(open, ack)],
      [ChannelEvent.data, (data) => this.#onData(data)],
      [ChannelEvent.credit, (credit) => this.#onCredit(credit)],
      [ChannelEvent.end, (end) => this.#onEnd(end)],
      [ChannelEvent.close, (close) => this.#onClose(close)],
      ["disconnect", () => this.#closeAll((channel) => channel.disconnected())],
    ];
    for (const [event, listener] of this.#listeners) socket.on(event, listener);
    if (socket instanceof InProcessEnd) socket.on(HAND_OVER_EVENT, this.#onHandedOver);
  }

  /** Accepts channels of this kind opened by the peer. */
  handle(kind: string, handler: ChannelHandler): void {
    this.#handlers.set(kind, handler);
  }

  async open(kind: string, params: unknown): Promise<Reply<Channel>> {
    if (!this.#socket.connected) return fail(this.#unreachableCode, `cannot open a ${kind} channel: not connected`);
    const channel = this.#register(newChannelId(), kind);
    const request: ChannelOpen = { channelId: channel.id, kind, params, credit: channel.initialReceiveCredit };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reply = await Promise.race([
      new Promise<unknown>((resolve) => {
        timer = setTimeout(() => resolve(fail("TIMEOUT", `the peer did not answer the ${kind} channel's open in ${this.#openTimeoutMs} ms`)), this.#openTimeoutMs);
        this.#socket.emit(ChannelEvent.open, request, resolve);
      }),
      channel.closed.then(() => fail(this.#unreachableCode, `the ${kind} channel closed while opening`)),
    ]);
    clearTimeout(timer);
    const parsed = OpenReply.safeParse(reply);
    if (!parsed.success) {
      channel.close({ code: "BAD_REQUEST", message: `the peer answered the ${kind} channel's open with a malformed reply` });
      return fail("INTERNAL", `the peer answered the ${kind} channel's open with a malformed reply`);
    }
    if (!parsed.data.ok) {
      // A timed-out open may still be accepted late: only then is the peer told to drop it.
      if (parsed.data.code === "TIMEOUT") channel.close();
      else channel.drop();
      return parsed.data;
    }
    channel.setSendCredit(parsed.data.data.credit);
    return ok(channel);
  }

  health(): ChannelHealth[] {
    return [...this.#channels.values()].map((channel) => channel.health());
  }

  /** Closes every channel (cancelling them at the peer) and stops listening to the socket. */
  dispose(): void {
    this.#stopWatch();
    this.#closeAll((channel) => channel.close());
    for (const [event, listener] of this.#listeners) this.#socket.off(event, listener);
    if (this.#socket instanceof InProcessEnd) this.#socket.off(HAND_OVER_EVENT, this.#onHandedOver);
  }

  #register(id: string, kind: string): LocalChannel {
    const channel = new LocalChannel({ id, kind, window: this.#window, maxFrameBytes: this.#maxFrameBytes, frameBatch: this.#frameBatch, wire: this.#wire });
    this.#channels.set(id, channel);
    return channel;
  }

  readonly #wire: ChannelWire = {
    emitData: (channelId, seq, frame) => this.#emitFrame(channelId, seq, frame),
    emitCredit: (credit) => this.#emit(ChannelEvent.credit, credit),
    emitEnd: (end) => this.#emit(ChannelEvent.end, end),
    emitClose: (close) => this.#emit(ChannelEvent.close, close),
    closed: (channel: LocalChannel, how: ChannelClosed) => {
      if (this.#channels.get(channel.id) === channel) this.#channels.delete(channel.id);
      if (how.outcome === "error" && how.by === "local") this.#logger.warn(`channel ${channel.id} (${channel.kind}) closed: ${how.message}`);
    },
  };

  // A disconnected socket.io client would buffer emits without bound until it reconnects.
  #emit<E extends ChannelSocketEvent>(event: E, ...args: Parameters<ChannelEvents[E]>): void {
    if (this.#socket.connected) this.#socket.emit(event, ...args);
  }

  #emitFrame(channelId: string, seq: number, frame: Frame): void {
    if (frame.kind !== "values") return this.#emit(ChannelEvent.data, { channelId, seq, kind: frame.kind, bytes: frame.bytes });
    // Only an InProcessEnd frames batches as values (see the constructor), and it takes any event.
    if (this.#socket.connected) (this.#socket as InProcessEnd).emit(HAND_OVER_EVENT, { channelId, seq, values: frame.values, size: frame.size });
  }

  async #onOpen(raw: unknown, ack: unknown): Promise<void> {
    if (typeof ack !== "function") return this.#logger.warn("dropped a channel open without an acknowledgement");
    const answer = (reply: Reply<ChannelOpened>) => void ack(reply);
    const parsed = ChannelOpen.safeParse(raw);
    if (!parsed.success) return answer(fail("BAD_REQUEST", `malformed channel open: ${parsed.error.issues[0]?.message ?? "invalid"}`));
    const { channelId, kind, params, credit } = parsed.data;
    const handler = this.#handlers.get(kind);
    if (!handler) return answer(fail("NOT_FOUND", `no channel of kind ${kind} is served here`));
    if (this.#channels.has(channelId)) return answer(fail("CONFLICT", `channel ${channelId} is already open`));
    const channel = this.#register(channelId, kind);
    let refusal: void | ErrorReply;
    try {
      refusal = await handler(channel, params);
    } catch (error) {
      this.#logger.warn(`the ${kind} channel handler failed: ${error instanceof Error ? error.stack : String(error)}`);
      refusal = fail("INTERNAL", `the ${kind} channel could not be opened`);
    }
    if (refusal) {
      channel.drop();
      return answer(refusal);
    }
    if (!channel.isOpen) return answer(fail("CONFLICT", `the ${kind} channel closed while opening`));
    answer(ok({ credit: channel.initialReceiveCredit }));
    channel.setSendCredit(credit);
  }

  #onData(raw: unknown): void {
    const parsed = ChannelData.safeParse(raw);
    if (!parsed.success) return this.#logger.warn("dropped a malformed channel data message");
    const { channelId, seq, kind, bytes } = parsed.data;
    // Frames still in flight when a channel closed arrive after it: nothing to do with them.
    this.#channels.get(channelId)?.receiveData({ seq, frame: { kind, bytes } });
  }

  readonly #onHandedOver = (message: unknown): void => {
    if (!isHandedOver(message)) return this.#logger.warn("dropped a malformed handed-over batch");
    const { channelId, seq, values, size } = message;
    this.#channels.get(channelId)?.receiveData({ seq, frame: { kind: "values", values, size } });
  };

  #onCredit(raw: unknown): void {
    const parsed = ChannelCredit.safeParse(raw);
    if (!parsed.success) return this.#logger.warn("dropped a malformed channel credit message");
    this.#channels.get(parsed.data.channelId)?.receiveCredit(parsed.data.bytes);
  }

  #onEnd(raw: unknown): void {
    const parsed = ChannelEnd.safeParse(raw);
    if (!parsed.success) return this.#logger.warn("dropped a malformed channel end message");
    this.#channels.get(parsed.data.channelId)?.peerEnded();
  }

  #onClose(raw: unknown): void {
    const parsed = ChannelClose.safeParse(raw);
    if (!parsed.success) return this.#logger.warn("dropped a malformed channel close message");
    this.#channels.get(parsed.data.channelId)?.peerClosed(parsed.data);
  }

  #closeAll(close: (channel: LocalChannel) => void): void {
    for (const channel of [...this.#channels.values()]) close(channel);
  }
}
