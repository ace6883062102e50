export { Channels, type ChannelHandler, type ChannelSocket, type ChannelsOptions, type Logger } from "./multiplexer.ts";
export type { Channel, ChannelClosed, ChannelHealth } from "./channel.ts";
export type { ChannelProblem } from "./health-watch.ts";
export type { SenderStats, UpstreamState } from "./channel-sender.ts";
export type { ReceiverStats } from "./channel-receiver.ts";
export type { Payload, ReadableSource, Source, SourceChunk } from "./upstream.ts";
export { DEFAULT_WINDOW, type WindowSize } from "./credit-window.ts";
export { HandOff } from "./hand-off.ts";
export { InProcessLink, type InProcessEnd } from "./in-process-link.ts";
