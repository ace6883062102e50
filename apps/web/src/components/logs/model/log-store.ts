/**
 * The lines of one log stream in the browser, kept compact so a million of them fit: one column
 * per field (typed arrays for numbers, plain arrays for text), no object per line, and no React
 * state per line: readers subscribe and see a version number move when a batch lands.
 *
 * Lines are grouped into entries as they arrive (a stack trace's lines join the line before them,
 * per source and stream, see stack-groups.ts); a dropped-lines marker is an entry of its own. The
 * store also keeps each source (container), its state and its resume cursor. Past `maxLines` the
 * oldest lines are let go, a tenth at a time, so memory stays bounded on an endless follow.
 */
import type { LogCursor, LogSource, LogStreamMessage, SourceState, StreamLogLine } from "@wheelhouse/protocol";
import { stripAnsi } from "./ansi";
import { ensureRoom } from "./growable";
import { joinGroup, startGroup, type OpenGroup } from "./stack-groups";

export type LineKind = "stdout" | "stderr" | "dropped";
const KINDS: readonly LineKind[] = ["stdout", "stderr", "dropped"];
const KIND_CODE: Record<LineKind, number> = { stdout: 0, stderr: 1, dropped: 2 };

export interface SourceView extends LogSource {
  /** Its place in the stream's order of appearance, for its colour. */
  index: number;
  state: SourceState;
  message?: string;
}

export interface DroppedMark {
  lines: number;
  from: string;
  to: string;
}

export const DEFAULT_MAX_LINES = 1_000_000;

export class LogStore {
  readonly maxLines: number;
  /** Moves on every change; readers compare it to know when to read again. */
  version = 0;
  /** Moves when old lines are let go: line and entry numbers before it no longer hold. */
  epoch = 0;
  /** Lines let go to keep within maxLines. */
  letGo = 0;
  droppedTotal = 0;
  caughtUp = false;

  #lineCount = 0;
  #text: string[] = [];
  #seconds = new Float64Array(0);
  #nanos = new Int32Array(0);
  #kind = new Uint8Array(0);
  #truncated = new Uint8Array(0);
  #source = new Uint16Array(0);
  #entryOf = new Int32Array(0);
  /** The next line of the same entry, or -1. */
  #next = new Int32Array(0);
  #marks = new Map<number, DroppedMark>();
  #lastSecond = { prefix: "-", seconds: 0 };

  #entryCount = 0;
  #head = new Int32Array(0);
  #tail = new Int32Array(0);
  #size = new Int32Array(0);
  /** Per source and stream, the entry its next line may continue. */
  #open = new Map<number, { entry: number; group: OpenGroup }>();

  #sources: SourceView[] = [];
  #sourceIndex = new Map<string, number>();
  #cursors: Record<string, LogCursor> = {};
  #listeners = new Set<() => void>();

  constructor(options: { maxLines?: number } = {}) {
    this.maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  }

  get lineCount(): number {
    return this.#lineCount;
  }

  get entryCount(): number {
    return this.#entryCount;
  }

  get sources(): readonly SourceView[] {
    return this.#sources;
  }

  /** Each source's position after the last lines received: what a reopened stream resumes from. */
  cursors(): Record<string, LogCursor> {
    return { ...this.#cursors };
  }

  text(line: number): string {
    return this.#text[line] ?? "";
  }

  /** The text as read, escape sequences removed. */
  plain(line: number): string {
    return stripAnsi(this.text(line));
  }

  kind(line: number): LineKind {
    return KINDS[this.#kind[line] ?? 0] ?? "stdout";
  }

  truncated(line: number): boolean {
    return this.#truncated[line] === 1;
  }

  /** The line's timestamp in milliseconds (its nanoseconds are in `timestamp`). */
  millis(line: number): number {
    return (this.#seconds[line] ?? 0) * 1000 + Math.floor((this.#nanos[line] ?? 0) / 1e6);
  }

  /** RFC3339 with nine fractional digits, as the engine wrote it. */
  timestamp(line: number): string {
    const iso = new Date((this.#seconds[line] ?? 0) * 1000).toISOString();
    return `${iso.slice(0, 19)}.${String(this.#nanos[line] ?? 0).padStart(9, "0")}Z`;
  }

  source(line: number): SourceView | undefined {
    return this.#sources[this.#source[line] ?? -1];
  }

  dropped(line: number): DroppedMark | undefined {
    return this.#marks.get(line);
  }

  /** The entry the line belongs to, or -1 for a continuation whose entry was let go. */
  entryOf(line: number): number {
    const entry = this.#entryOf[line] ?? -1;
    return entry < 0 ? -1 : entry;
  }

  entryHead(entry: number): number {
    return this.#head[entry] ?? -1;
  }

  entrySize(entry: number): number {
    return this.#size[entry] ?? 0;
  }

  /** The entry's lines after its head, in order. */
  continuationLines(entry: number): number[] {
    const lines: number[] = [];
    for (let line = this.#next[this.entryHead(entry)] ?? -1; line !== -1; line = this.#next[line] ?? -1) lines.push(line);
    return lines;
  }

  /** Entries that may still grow (one per source and stream): their size can change on the next batch. */
  openEntries(): number[] {
    return [...this.#open.values()].map((open) => open.entry);
  }

  apply(message: LogStreamMessage): void {
    switch (message.type) {
      case "source":
        this.#upsertSource(message.source);
        break;
      case "state": {
        const source = this.#sources[this.#sourceFor(message.source)];
        if (source) {
          source.state = message.state;
          source.message = message.message;
        }
        break;
      }
      case "lines":
        for (const line of message.lines) this.#appendLine(line);
        Object.assign(this.#cursors, message.cursors);
        this.#trimIfOver();
        break;
      case "dropped":
        this.#appendDropped(message.source, { lines: message.lines, from: message.from, to: message.to });
        break;
      case "caught-up":
        this.caughtUp = true;
        break;
    }
    this.version++;
  }

  /** Tells subscribers once, after a batch of messages was applied. */
  notify(): void {
    for (const listener of this.#listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #upsertSource(source: LogSource): void {
    const known = this.#sourceIndex.get(source.id);
    if (known !== undefined) {
      const current = this.#sources[known];
      if (current) this.#sources[known] = { ...current, ...source };
      return;
    }
    this.#sourceIndex.set(source.id, this.#sources.length);
    this.#sources.push({ ...source, index: this.#sources.length, state: "history" });
  }

  /** A source's index; one the stream never announced is kept under its short id rather than lost. */
  #sourceFor(id: string): number {
    const known = this.#sourceIndex.get(id);
    if (known !== undefined) return known;
    this.#upsertSource({ id, name: id.slice(0, 12), nodeId: "", nodeName: "" });
    return this.#sourceIndex.get(id) ?? 0;
  }

  #appendLine(line: StreamLogLine): void {
    const index = this.#push(this.#sourceFor(line.source), KIND_CODE[line.stream], line.ts, line.text);
    if (line.truncated) this.#truncated[index] = 1;
    const key = (this.#source[index] ?? 0) * 2 + (KIND_CODE[line.stream] ?? 0);
    const open = this.#open.get(key);
    const at = this.millis(index);
    const plain = stripAnsi(line.text);
    const joined = joinGroup(open?.group, plain, at);
    if (open && joined) {
      this.#joinEntry(open.entry, index);
      open.group = joined;
    } else {
      this.#open.set(key, { entry: this.#newEntry(index), group: startGroup(plain, at) });
    }
  }

  #appendDropped(sourceId: string, mark: DroppedMark): void {
    const source = this.#sourceFor(sourceId);
    const index = this.#push(source, KIND_CODE.dropped, mark.from, `${mark.lines} lines left out`);
    this.#marks.set(index, mark);
    this.#newEntry(index);
    this.droppedTotal += mark.lines;
    // A gap ends any stack trace in progress.
    this.#open.delete(source * 2);
    this.#open.delete(source * 2 + 1);
  }

  #push(source: number, kind: number, ts: string, text: string): number {
    const index = this.#lineCount++;
    const size = this.#lineCount;
    this.#seconds = ensureRoom(this.#seconds, size);
    this.#nanos = ensureRoom(this.#nanos, size);
    this.#kind = ensureRoom(this.#kind, size);
    this.#truncated = ensureRoom(this.#truncated, size);
    this.#source = ensureRoom(this.#source, size);
    this.#entryOf = ensureRoom(this.#entryOf, size);
    this.#next = ensureRoom(this.#next, size);
    this.#text[index] = text;
    this.#seconds[index] = this.#secondsOf(ts);
    this.#nanos[index] = nanosOf(ts);
    this.#kind[index] = kind;
    this.#truncated[index] = 0;
    this.#source[index] = source;
    this.#next[index] = -1;
    return index;
  }

  /** Lines come in bursts within one second: its parse is kept for the next line. */
  #secondsOf(ts: string): number {
    if (!ts.startsWith(this.#lastSecond.prefix)) {
      const prefix = ts.slice(0, 19);
      this.#lastSecond = { prefix, seconds: Date.parse(`${prefix}Z`) / 1000 };
    }
    return this.#lastSecond.seconds;
  }

  #newEntry(head: number): number {
    const entry = this.#entryCount++;
    this.#head = ensureRoom(this.#head, this.#entryCount);
    this.#tail = ensureRoom(this.#tail, this.#entryCount);
    this.#size = ensureRoom(this.#size, this.#entryCount);
    this.#head[entry] = head;
    this.#tail[entry] = head;
    this.#size[entry] = 1;
    this.#entryOf[head] = entry;
    return entry;
  }

  #joinEntry(entry: number, line: number): void {
    this.#next[this.#tail[entry] ?? 0] = line;
    this.#tail[entry] = line;
    this.#size[entry] = (this.#size[entry] ?? 0) + 1;
    this.#entryOf[line] = entry;
  }

  /** Lets the oldest lines go, a tenth of the limit past it, whole entries at a time. */
  #trimIfOver(): void {
    if (this.#lineCount <= this.maxLines + Math.floor(this.maxLines / 10)) return;
    const entries = this.#firstEntryFrom(this.#lineCount - this.maxLines);
    const lines = entries < this.#entryCount ? this.entryHead(entries) : this.#lineCount;
    this.#shift(lines, entries);
    this.letGo += lines;
    this.epoch++;
  }

  /** The first entry whose head is at or after the line: heads grow with entry numbers. */
  #firstEntryFrom(line: number): number {
    let low = 0;
    let high = this.#entryCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entryHead(middle) < line) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Forgets the first lines and entries, renumbering the rest. A continuation line whose entry
   * went keeps no entry (-1 or below) and is no longer shown.
   */
  #shift(lines: number, entries: number): void {
    this.#text = this.#text.slice(lines);
    this.#seconds = this.#seconds.slice(lines);
    this.#nanos = this.#nanos.slice(lines);
    this.#kind = this.#kind.slice(lines);
    this.#truncated = this.#truncated.slice(lines);
    this.#source = this.#source.slice(lines);
    this.#entryOf = this.#entryOf.slice(lines).map((entry) => entry - entries);
    this.#next = this.#next.slice(lines).map((next) => (next === -1 ? -1 : next - lines));
    this.#head = this.#head.slice(entries).map((head) => head - lines);
    this.#tail = this.#tail.slice(entries).map((tail) => tail - lines);
    this.#size = this.#size.slice(entries);
    this.#marks = new Map([...this.#marks].filter(([line]) => line >= lines).map(([line, mark]) => [line - lines, mark]));
    for (const [key, open] of this.#open) {
      if (open.entry < entries) this.#open.delete(key);
      else open.entry -= entries;
    }
    this.#lineCount -= lines;
    this.#entryCount -= entries;
  }
}

/** The nine fractional digits of a LogTimestamp (after "YYYY-MM-DDTHH:MM:SS."), without slicing a string per line. */
function nanosOf(ts: string): number {
  let nanos = 0;
  for (let i = 20; i < 29; i++) nanos = nanos * 10 + (ts.charCodeAt(i) - 48);
  return nanos;
}
