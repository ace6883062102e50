"use client";
/**
 * The scrolling list of a log view. Only the rows in sight are drawn (see virtual-window.ts), so a
 * million lines scroll like a hundred. It sticks to the newest line while the user is at the
 * bottom; scrolling up unsticks it and offers a "Jump to latest" button counting what arrived since.
 */
import { ArrowDown } from "lucide-react";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { LogRow, ROW_HEIGHT, type SourceTagging } from "./log-row";
import type { LogRows } from "./model/log-rows";
import type { LogStore } from "./model/log-store";
import type { LineMatcher } from "./model/search";
import { sourceTag } from "./model/source-tag";
import { scrollTopFor, virtualLayout } from "./model/virtual-window";

export interface LogListProps {
  label: string;
  store: LogStore;
  rows: LogRows;
  length: number;
  version: number;
  showTimestamp: boolean;
  tagging: SourceTagging;
  structured: boolean;
  matcher: LineMatcher | undefined;
  /** The match stepped to, or -1. */
  currentMatch: number;
  /** Scrolls the row into view whenever `nonce` changes. */
  reveal: { row: number; nonce: number } | null;
  onToggle: (entry: number) => void;
  onFilter: (key: string, value: string) => void;
  /** Shown in place of the rows when there are none (loading, empty, failed). */
  placeholder?: ReactNode;
}

export function LogList(props: LogListProps) {
  const { store, rows, length, reveal } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [stuck, setStuck] = useState(true);
  const [lengthWhenUnstuck, setLengthWhenUnstuck] = useState(0);
  // A scroll this list made to show a match must not stick it to the bottom, even when it lands there.
  const revealing = useRef(false);

  const toBottom = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    element.scrollTop = element.scrollHeight;
    setScrollTop(element.scrollTop);
  }, []);

  useLayoutEffect(() => {
    if (stuck) toBottom();
  }, [length, stuck, toBottom]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (!reveal || !element) return;
    setStuck(false);
    setLengthWhenUnstuck(rows.length);
    const target = scrollTopFor(reveal.row * ROW_HEIGHT - element.clientHeight / 2 + ROW_HEIGHT / 2, element.clientHeight, rows.length, ROW_HEIGHT);
    // Only a scroll that happens fires an event to ignore.
    revealing.current = Math.abs(element.scrollTop - target) >= 1;
    element.scrollTop = target;
    setScrollTop(element.scrollTop);
    // Only a new reveal request moves the view, not new rows.
  }, [reveal?.nonce]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    setScrollTop(element.scrollTop);
    if (revealing.current) {
      revealing.current = false;
      return;
    }
    const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - ROW_HEIGHT;
    if (atBottom !== stuck) {
      setStuck(atBottom);
      setLengthWhenUnstuck(length);
    }
  };

  const layout = virtualLayout(scrollTop, viewport, length, ROW_HEIGHT);
  const tagWidth = Math.min(36, Math.max(8, ...store.sources.map((source) => sourceTag(source, props.tagging).length)) + 3);
  const arrived = Math.max(0, length - lengthWhenUnstuck);
  const drawn: ReactNode[] = [];
  for (let row = layout.first; row <= layout.last; row++) {
    const line = rows.line(row);
    const entry = store.entryOf(line);
    const matchHere = props.currentMatch >= 0 && rows.matchRow(props.currentMatch) === row ? props.currentMatch - rows.firstMatchOf(row) : -1;
    drawn.push(
      <LogRow
        key={`${store.epoch}:${line}`}
        store={store}
        line={line}
        epoch={store.epoch}
        entrySize={store.entrySize(entry)}
        open={rows.isOpen(entry)}
        showTimestamp={props.showTimestamp}
        tagging={props.tagging}
        tagWidth={tagWidth}
        structured={props.structured}
        matcher={props.matcher}
        currentMatch={matchHere}
        onToggle={props.onToggle}
        onFilter={props.onFilter}
      />,
    );
  }

  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scroller}
        onScroll={onScroll}
        role="log"
        aria-live="off"
        aria-label={props.label}
        tabIndex={0}
        className="absolute inset-0 overflow-auto bg-slate-950 font-mono text-[0.8125rem] leading-5 [overflow-anchor:none] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-500/60"
      >
        <div className="relative min-w-full" style={{ height: layout.scrollHeight }}>
          <div className="absolute left-0 w-max min-w-full py-0" style={{ top: layout.top }}>
            {drawn}
          </div>
        </div>
      </div>
      {length === 0 && props.placeholder && <div className="absolute inset-0 flex items-center justify-center p-6">{props.placeholder}</div>}
      {!stuck && length > 0 && (
        <button
          type="button"
          onClick={() => setStuck(true)}
          className="absolute right-5 bottom-4 inline-flex h-8 items-center gap-1.5 rounded-full bg-sky-600 px-3.5 text-xs font-semibold text-white shadow-lg shadow-slate-950/50 ring-1 ring-sky-400/60 hover:bg-sky-500 [&_svg]:size-3.5"
        >
          <ArrowDown aria-hidden="true" />
          Jump to latest{arrived > 0 ? ` (${arrived.toLocaleString()} new)` : ""}
        </button>
      )}
    </div>
  );
}
