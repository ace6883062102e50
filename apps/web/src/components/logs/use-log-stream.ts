"use client";
/**
 * useLogStream: one logs stream (BrowserStream.logs) for a subscription, on the page's socket,
 * read into a LogStore that React reads through its version (see follow-log-stream.ts for how
 * it is followed, resumed after a disconnect, and ended).
 */
import type { LogSubscriptionInput } from "@wheelhouse/protocol";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { openStream } from "@/lib/browser-channels";
import { followLogStream, type StreamStatus } from "./follow-log-stream";
import { LogStore } from "./model/log-store";

export type { StreamStatus };

export interface LogStream {
  store: LogStore;
  status: StreamStatus;
  /** Moves whenever the store changed; read the store again when it does. */
  version: number;
  /** Opens the stream afresh, after it failed. */
  retry: () => void;
}

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
    void followLogStream(openStream, JSON.parse(wanted) as LogSubscriptionInput, store, setStatus, stop.signal);
    return () => stop.abort();
  }, [wanted, store]);

  return { store, status, version, retry: () => setAttempt((n) => n + 1) };
}
