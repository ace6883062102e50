"use client";
/**
 * A node's Docker events as they happen, newest first, for the node's Events page: heard through
 * the watch the console already keeps on the current node (see use-node-events.ts), which this
 * hook renews to learn what the server lets it hear. Bounded: the oldest events leave the list.
 * While paused, what arrives waits (bounded too) and is counted, then joins the list on resume.
 */
import { BrowserEvent, type EngineEvent, type NodeEvents, type WatchScope } from "@wheelhouse/protocol";
import { useCallback, useEffect, useRef, useState } from "react";
import { browserSocket } from "@/lib/browser-socket";

export const EVENT_LOG_LIMIT = 1_000;

export interface LoggedEvent extends EngineEvent {
  /** Unique within the page's life, for React keys and expanded rows. */
  seq: number;
}

export interface NodeEventLog {
  events: LoggedEvent[];
  /** "changes" when the caller's grants reach only some objects here: events then name none. */
  scope: WatchScope | null;
  error: string | null;
  paused: boolean;
  /** Events that arrived while paused. */
  waiting: number;
  setPaused(paused: boolean): void;
  clear(): void;
}

const newestFirst = (events: EngineEvent[], next: () => number): LoggedEvent[] => events.map((event) => ({ ...event, seq: next() })).reverse();

export function useNodeEventLog(nodeId: string): NodeEventLog {
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const [held, setHeld] = useState<LoggedEvent[]>([]);
  const [scope, setScope] = useState<WatchScope | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [paused, setPausedState] = useState(false);
  const pausedRef = useRef(false);
  const seq = useRef(0);

  useEffect(() => {
    const socket = browserSocket();
    const next = () => ++seq.current;
    // The console's layout keeps this node watched (and unwatches it when leaving the node); asking
    // again only tells this page its scope, so it leaves the unwatching to the layout.
    const watch = () =>
      socket.emit(BrowserEvent.watchNode, { nodeId }, (reply) => {
        setScope(reply.ok ? reply.data.scope : null);
        setError(reply.ok ? null : reply.message);
      });
    const onEvents = (payload: NodeEvents) => {
      if (payload.nodeId !== nodeId || payload.events.length === 0) return;
      const arrived = newestFirst(payload.events, next);
      const add = (list: LoggedEvent[]) => [...arrived, ...list].slice(0, EVENT_LOG_LIMIT);
      if (pausedRef.current) setHeld(add);
      else setEvents(add);
    };
    socket.on("connect", watch);
    socket.on(BrowserEvent.nodeEvents, onEvents);
    if (socket.connected) watch();
    return () => {
      socket.off("connect", watch);
      socket.off(BrowserEvent.nodeEvents, onEvents);
    };
  }, [nodeId]);

  const setPaused = useCallback(
    (pause: boolean) => {
      pausedRef.current = pause;
      setPausedState(pause);
      if (pause) return;
      setEvents((list) => [...held, ...list].slice(0, EVENT_LOG_LIMIT));
      setHeld([]);
    },
    [held],
  );

  return {
    events,
    scope,
    error,
    paused,
    waiting: held.length,
    setPaused,
    clear: () => {
      setEvents([]);
      setHeld([]);
    },
  };
}
