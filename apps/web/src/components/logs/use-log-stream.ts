"use client";
/**
 * useLogStream: one logs stream (BrowserStream.logs) for a subscription, read into a LogStore.
 * Each JSON batch is parsed with the protocol's schema and applied; subscribers are told at most
 * ten times a second, however fast batches come. When the socket drops, the stream is
 * opened again once it is back, resuming every source from its cursor: no gap, no line twice.
 * A refusal (not allowed, no such container, a bad search) ends it with the server's message.
 */
import { BrowserStream, LogStreamMessage, type ErrorCode, type LogSubscriptionInput } from "@wheelhouse/protocol";
import type { Channel } from "@wheelhouse/channels";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { openStream } from "@/lib/browser-channels";
import { LogStore } from "./model/log-store";

export type StreamStatus =
  | { phase: "connecting" }
  | { phase: "open" }
  /** The connection dropped or the server could not reach an agent; it tries again by itself. */
  | { phase: "reconnecting"; message: string }
  /** Every source's log ended (not following, or the containers are gone). */
  | { phase: "ended" }
  | { phase: "failed"; code: ErrorCode; message: string };

export interface LogStream {
  store: LogStore;
  status: StreamStatus;
  /** Moves whenever the store changed; read the store again when it does. */
  version: number;
  /** Opens the stream afresh, after it failed. */
  retry: () => void;
}

/** Worth trying again: the server or an agent was out of reach, not a refusal. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["AGENT_UNAVAILABLE", "TIMEOUT"]);
const RETRY_MS = [1000, 2000, 5000, 10_000];

/** A null subscription opens nothing (the page does not know its target yet). */
export function useLogStream(subscription: LogSubscriptionInput | null): LogStream {
  const [attempt, setAttempt] = useState(0);
  const wanted = subscription === null ? "" : JSON.stringify(subscription);
  const key = `${attempt}:${wanted}`;
  // A new subscription (or a retry) reads into a new store: its lines are another selection.
  const store = useMemo(() => new LogStore(), [key]);
  const [status, setStatus] = useState<StreamStatus>({ phase: "connecting" });
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  const version = useSyncExternalStore(
    subscribe,
    () => store.version,
    () => 0,
  );

  useEffect(() => {
    if (!wanted) return;
    const stop = new AbortController();
    setStatus({ phase: "connecting" });
    void follow(JSON.parse(wanted) as LogSubscriptionInput, store, setStatus, stop.signal);
    return () => stop.abort();
  }, [wanted, store]);

  return { store, status, version, retry: () => setAttempt((n) => n + 1) };
}

async function follow(subscription: LogSubscriptionInput, store: LogStore, setStatus: (status: StreamStatus) => void, signal: AbortSignal): Promise<void> {
  for (let attempt = 0; !signal.aborted; ) {
    const cursors = store.cursors();
    const params = Object.keys(cursors).length > 0 ? { ...subscription, resume: cursors } : subscription;
    const reply = await openStream(BrowserStream.logs, params);
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
 * Redrawing a view costs the same for one new line as for a thousand: under a flood of batches the
 * view redraws ten times a second (faster is not readable anyway), in an animation frame.
 */
const REDRAW_MS = 100;

function throttled(redraw: () => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const run = () => {
    timer = undefined;
    frame = requestAnimationFrame(() => {
      frame = 0;
      last = performance.now();
      redraw();
    });
  };
  return {
    soon: () => {
      if (timer !== undefined || frame !== 0) return;
      timer = setTimeout(run, Math.max(0, last + REDRAW_MS - performance.now()));
    },
    now: () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      timer = undefined;
      frame = 0;
      redraw();
    },
  };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
