/**
 * A headless log viewer, as a browser is: a signed-in socket.io client on the browser namespace
 * with channels on it, opening logs streams and keeping what they send (lines, states, cursors).
 */
import { Channels, type Channel, type ChannelClosed } from "@wheelhouse/channels";
import {
  BROWSER_NAMESPACE,
  BrowserStream,
  LogStreamMessage,
  type ErrorReply,
  type LogCursor,
  type LogSource,
  type LogSubscriptionInput,
  type SourceState,
  type StreamLogLine,
} from "@wheelhouse/protocol";
import { until } from "@wheelhouse/runtime/testing/until";
import { io as connect, type Socket } from "socket.io-client";

export interface LogViewer {
  socket: Socket;
  channels: Channels;
  /**
   * Opens a logs stream; resolves with what it receives, or with the refusal. A paused stream
   * takes nothing (so grants no credit) until resumed, as a browser too busy to read would.
   */
  open(subscription: LogSubscriptionInput, options?: { paused?: boolean }): Promise<LogStreamView | ErrorReply>;
  close(): void;
}

/** What one logs stream received, as it arrives; every message is checked against LogStreamMessage. */
export interface LogStreamView {
  channel: Channel;
  messages: LogStreamMessage[];
  lines: StreamLogLine[];
  sources: Map<string, LogSource>;
  /** Each source's states in the order received. */
  states: Map<string, SourceState[]>;
  /** Each source's latest cursor, to resume from. */
  cursors: Record<string, LogCursor>;
  /** Resolves when the channel ends or closes, once everything it received is in the view. */
  done: Promise<ChannelClosed>;
  /** Waits until `probe` holds of the view. */
  until(probe: (view: LogStreamView) => boolean, what: string, ms?: number): Promise<void>;
  /** Starts taking what arrives, for a stream opened paused. */
  resume(): void;
}

export async function openLogViewer(url: string, cookie: string): Promise<LogViewer> {
  const socket = connect(`${url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  const channels = new Channels(socket, { logger: { warn: () => undefined } });
  return {
    socket,
    channels,
    async open(subscription, options = {}) {
      const reply = await channels.open(BrowserStream.logs, subscription);
      return reply.ok ? watch(reply.data, options.paused ?? false) : reply;
    },
    close() {
      channels.dispose();
      socket.close();
    },
  };
}

function watch(channel: Channel, paused: boolean): LogStreamView {
  let resume = () => undefined as void;
  const resumed = paused ? new Promise<void>((resolve) => (resume = resolve)) : Promise.resolve();
  const view: LogStreamView = {
    channel,
    messages: [],
    lines: [],
    sources: new Map(),
    states: new Map(),
    cursors: {},
    done: channel.closed,
    until: (probe, what, ms = 30_000) => until(() => probe(view), what, ms).then(() => undefined),
    resume: () => resume(),
  };
  const received = (async () => {
    await resumed;
    for await (const frame of channel.frames) {
      for (const value of frame as unknown[]) receive(view, LogStreamMessage.parse(value));
    }
  })();
  view.done = received.then(() => channel.closed);
  return view;
}

function receive(view: LogStreamView, message: LogStreamMessage): void {
  view.messages.push(message);
  if (message.type === "source") view.sources.set(message.source.id, message.source);
  else if (message.type === "state") view.states.set(message.source, [...(view.states.get(message.source) ?? []), message.state]);
  else if (message.type === "lines") {
    view.lines.push(...message.lines);
    Object.assign(view.cursors, message.cursors);
  }
}

/** Whether the source's latest state is `state`. */
export const stateIs = (view: LogStreamView, source: string, state: SourceState): boolean => view.states.get(source)?.at(-1) === state;
