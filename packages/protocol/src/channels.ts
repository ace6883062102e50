/**
 * Channels: many flow-controlled streams over one socket.io connection (agent <-> control plane,
 * control plane <-> browser). Either end may open a channel; both directions of a channel carry
 * data, each paced by credit its receiver grants, so no end ever buffers more than it allowed.
 * The same four events travel both ways, so one event map types both sides of a socket.
 */
import { z } from "zod";
import { ErrorCode, type Reply } from "./reply.ts";

export const ChannelEvent = {
  open: "channel:open",
  data: "channel:data",
  credit: "channel:credit",
  end: "channel:end",
  close: "channel:close",
} as const;

export const ChannelId = z.string().min(1).max(64);
export type ChannelId = z.infer<typeof ChannelId>;

/** What a stream is (e.g. "logs", "exec"); the acceptor's handler for that kind parses params. */
export const ChannelKind = z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/);
const Credit = z.number().int().nonnegative().max(2 ** 31);

export const ChannelOpen = z.object({
  channelId: ChannelId,
  kind: ChannelKind,
  params: z.unknown(),
  /** Bytes the opener lets the acceptor send before waiting for more credit. */
  credit: Credit,
});
export type ChannelOpen = z.infer<typeof ChannelOpen>;

/** The acceptor's answer: the bytes it lets the opener send. */
export const ChannelOpened = z.object({ credit: Credit });
export type ChannelOpened = z.infer<typeof ChannelOpened>;

/**
 * The largest frame either end sends or accepts: a quarter of socket.io's default 1 MB
 * maxHttpBufferSize, so a frame and its envelope always fit in one socket.io message.
 */
export const MAX_FRAME_BYTES = 256 * 1024;

/** Browsers receive binary attachments as ArrayBuffer, Node as Buffer; both become a Uint8Array. */
const Bytes = z
  .custom<Uint8Array | ArrayBuffer>((bytes) => bytes instanceof Uint8Array || bytes instanceof ArrayBuffer, "expected binary data")
  .transform((bytes) => (bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)))
  .refine((bytes) => bytes.byteLength <= MAX_FRAME_BYTES, `a frame is at most ${MAX_FRAME_BYTES} bytes`);

/**
 * One frame: raw bytes (terminal output) or a batch of JSON values (log lines, samples) as the
 * UTF-8 text of one JSON array. A batch travels encoded so that its length is its exact credit
 * cost at both ends, and socket.io carries it as a binary attachment without encoding it again.
 */
export const ChannelData = z.object({
  channelId: ChannelId,
  seq: z.number().int().nonnegative(),
  kind: z.enum(["bytes", "json"]),
  bytes: Bytes,
});
export type ChannelData = z.input<typeof ChannelData>;

export const ChannelCredit = z.object({ channelId: ChannelId, bytes: Credit.positive() });
export type ChannelCredit = z.infer<typeof ChannelCredit>;

/**
 * The sender will send no more in its direction (its upstream finished). A channel is done once
 * both ends have said so; an end with nothing to send answers a peer's end with its own.
 */
export const ChannelEnd = z.object({ channelId: ChannelId });
export type ChannelEnd = z.infer<typeof ChannelEnd>;

/** Both directions stop now: "cancel" when the closing end no longer wants the stream. */
export const ChannelClose = z.discriminatedUnion("outcome", [
  z.object({ channelId: ChannelId, outcome: z.literal("cancel") }),
  z.object({ channelId: ChannelId, outcome: z.literal("error"), code: ErrorCode, message: z.string().max(2000) }),
]);
export type ChannelClose = z.infer<typeof ChannelClose>;

/** Both ends of a socket send and receive these same events. */
export interface ChannelEvents {
  [ChannelEvent.open]: (open: ChannelOpen, ack: (reply: Reply<ChannelOpened>) => void) => void;
  [ChannelEvent.data]: (data: ChannelData) => void;
  [ChannelEvent.credit]: (credit: ChannelCredit) => void;
  [ChannelEvent.end]: (end: ChannelEnd) => void;
  [ChannelEvent.close]: (close: ChannelClose) => void;
}
