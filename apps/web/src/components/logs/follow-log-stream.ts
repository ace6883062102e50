/**
 * Follows one logs stream into a LogStore until it ends, fails or is aborted. Each JSON batch is
 * parsed with the protocol's schema and applied; subscribers are told at most ten times a second,
 * however fast batches come. When the connection drops, the stream is opened again (the opener
 * waits for the connection to be back), resuming every source from its cursor: no gap, no line
 * twice. An agent out of reach is tried again after a pause; a refusal ends it with its message.
 */
import { BrowserStream, LogStreamMessage, type ErrorCode, type LogSubscriptionInput, type Reply } from "@wheelhouse/protocol";
import type { Channel } from "@wheelhouse/channels";
import type { LogStore } from "./model/log-store";

export type StreamStatus =
  | { phase: "connecting" }
  | { phase: "open" }
  /** The connection dropped or the server could not reach an agent; it tries again by itself. */
  | { phase: "reconnecting"; message: string }
  /** Every source's log ended (not following, or the containers are gone). */
  | { phase: "ended" }
  | { phase: "failed"; code: ErrorCode; message: string };

export type OpenStream = (kind: typeof BrowserStream.logs, params: unknown) => Promise<Reply<Channel>>;

/** Worth trying again: the server or an agent was out of reach, not a refusal. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["AGENT_UNAVAILABLE", "TIMEOUT"]);
const RETRY_MS = [1000, 2000, 5000, 10_000];

export async function followLogStream(
  open: OpenStream,
  subscription: LogSubscriptionInput,
  store: LogStore,
  setStatus: (status: StreamStatus) => void,
  signal: AbortSignal,
): Promise<void> {
  for (let attempt = 0; !signal.aborted; ) {
    const cursors = store.cursors();
    const params = Object.keys(cursors).length > 0 ? { ...subscription, resume: cursors } : subscription;
    const reply = await open(BrowserStream.logs, params);
    if (signal.aborted) {
      if (reply.ok) reply.data.close();
      return;
    }
    if (!reply.ok) {
      if (!TRANSIENT.has(reply.code)) return setStatus({ phase: "failed", code: reply.code, message: reply.message });
      setStatus({ phase: "reconnecting", message: reply.message });
      await pause(RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)] ?? 1000, signal);
      continue;
    }
    attempt = 0;
    setStatus({ phase: "open" });
    const channel = reply.data;
    const onAbort = () => channel.close();
    signal.addEventListener("abort", onAbort);
    const fault = await consume(channel, store);
    const closed = await channel.closed;
    signal.removeEventListener("abort", onAbort);
    if (signal.aborted) return;
    if (fault) return setStatus({ phase: "failed", code: "BAD_REQUEST", message: fault });
    if (closed.by === "connection") {
      // openStream waits for the socket to be back before opening again.
      setStatus({ phase: "reconnecting", message: "The connection to Wheelhouse dropped; reconnecting…" });
      continue;
    }
    if (closed.outcome === "error") return setStatus({ phase: "failed", code: closed.code, message: closed.message });
    return setStatus({ phase: "ended" });
  }
}

/** Applies every batch until the channel ends; answers a message when the server sent something unreadable. */
async function consume(channel: Channel, store: LogStore): Promise<string | undefined> {
  const notify = throttled(() => store.notify());
  try {
    for await (const batch of channel.frames) {
      if (!Array.isArray(batch)) continue;
      for (const value of batch) {
        const message = LogStreamMessage.safeParse(value);
        if (!message.success) {
          const fault = "The server sent a log message this page does not understand; reload the page (it may be newer than this one)";
          channel.close({ code: "BAD_REQUEST", message: fault });
          return fault;
        }
        store.apply(message.data);
      }
      notify.soon();
    }
  } catch (error) {
    return `The log stream broke: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    notify.now();
  }
  return undefined;
}

/**
 * Redrawing a view costs the same for one new line as for a thousand: under a flood of batches
 * subscribers are told ten times a second (faster is not readable anyway).
 */
const REDRAW_MS = 100;

function throttled(redraw: () => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    last = Date.now();
    redraw();
  };
  return {
    soon: () => {
      if (timer === undefined) timer = setTimeout(run, Math.max(0, last + REDRAW_MS - Date.now()));
    },
    now: () => {
      clearTimeout(timer);
      run();
    },
  };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
