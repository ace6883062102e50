/**
 * The messages a viewer receives, merged from its sources' queues: lines in timestamp order
 * across sources (a k-way merge of queues each in its log's order), with each source's state
 * changes and gaps where they fall among its lines, and the cursors to resume from.
 *
 * A line may go once no other source can still send an earlier one. A source with a line waiting
 * bounds the others by that line; a source with none bounds them by how far it has read (its
 * latest cursor), strictly while it reads history (its next batch follows, and old lines must not
 * come after new ones). Live, a quiet source would hold back every other for as long as it stays
 * quiet, so there a line waits for the quiet ones only a short watermark after it arrived: lines
 * written at the same time on two nodes reach the control plane a few milliseconds apart, and
 * waiting that long puts them in order; a line later than the watermark is sent where it arrives.
 */
import type { LogCursor, LogSource, LogStreamMessage, SourceState, StreamLogLine } from "@wheelhouse/protocol";
import { CursorTracker, lineJsonBytes } from "@wheelhouse/runtime";
import type { QueueItem, SourceQueue } from "./source-queue.ts";

export interface MergeSource {
  readonly id: string;
  readonly queue: SourceQueue;
  /** There when the stream opened: "caught-up" waits for its history. */
  readonly initial: boolean;
  /** The last state sent for it. */
  sent: SourceState | undefined;
}

type LinesItem = Extract<QueueItem, { kind: "lines" }>;

// A lines message stays well under a frame (MAX_FRAME_BYTES) even with one longest line more.
const MESSAGE_BYTES = 48 * 1024;
// Cursors with no line to go with them (a search matching nothing) are sent at most this often.
const CURSORS_ALONE_MS = 1000;
// Later than every timestamp.
const NO_BOUND = "\uffff";
// What a message other than lines counts against a budget.
const MARKER_BYTES = 256;

export class LogMerge {
  readonly #announced: LogStreamMessage[] = [];
  readonly #cursors = new Map<string, LogCursor>();
  #cursorsSentAt = 0;
  #caughtUp = false;

  constructor(private readonly watermarkMs: number) {}

  announce(source: LogSource): void {
    this.#announced.push({ type: "source", source });
  }

  get idle(): boolean {
    return this.#announced.length === 0 && this.#cursors.size === 0;
  }

  /** Up to about `budget` bytes of messages, and when to look again if lines wait for the watermark. */
  collect(sources: readonly MergeSource[], budget: number, now: number): { messages: LogStreamMessage[]; wakeAt: number | undefined } {
    const out = new Output(this.#cursors);
    for (const message of this.#announced.splice(0)) out.marker(message);
    let wakeAt: number | undefined;
    while (out.bytes < budget) {
      for (const source of sources) takeMarkers(source, out, this.#cursors);
      const best = earliest(sources);
      if (best === undefined) break;
      const item = best.queue.head() as LinesItem;
      const young = now - item.arrivedAt < this.watermarkMs;
      if (takeLines(best, item, bound(sources, best, young), out, budget) === 0) {
        if (young) wakeAt = item.arrivedAt + this.watermarkMs;
        break;
      }
    }
    out.flush();
    if (!this.#caughtUp && sources.every((source) => !source.initial || (source.sent !== undefined && source.sent !== "history"))) {
      this.#caughtUp = true;
      out.marker({ type: "caught-up" });
    }
    // Cursors left over (a gap's, a batch with no line) go with what is sent anyway, or alone now and then.
    if (this.#cursors.size > 0) {
      if (out.messages.length > 0 || now - this.#cursorsSentAt >= CURSORS_ALONE_MS) out.cursorsAlone();
      else wakeAt = Math.min(wakeAt ?? Infinity, this.#cursorsSentAt + CURSORS_ALONE_MS);
    }
    if (out.sentCursors) this.#cursorsSentAt = now;
    return { messages: out.messages, wakeAt };
  }
}

/** Sends what heads the source's queue and is not a line: states, gaps, batches with no line left. */
function takeMarkers(source: MergeSource, out: Output, cursors: Map<string, LogCursor>): void {
  for (let item = source.queue.head(); item !== undefined; item = source.queue.head()) {
    if (item.kind === "lines" && item.offset < item.chunk.lines.length) return;
    if (item.kind === "state") {
      out.marker(item.message === undefined ? { type: "state", source: source.id, state: item.state } : { type: "state", source: source.id, state: item.state, message: item.message });
      source.sent = item.state;
    } else if (item.kind === "gap") {
      out.marker({ type: "dropped", source: source.id, lines: item.lines, from: item.from, to: item.to });
      if (item.end !== null) cursors.set(source.id, item.end);
    } else if (item.chunk.end !== null) cursors.set(source.id, item.chunk.end);
    source.queue.shift();
  }
}

/** The source whose next line is the earliest. */
function earliest(sources: readonly MergeSource[]): MergeSource | undefined {
  let best: MergeSource | undefined;
  let bestTs = NO_BOUND;
  for (const source of sources) {
    const ts = nextTs(source.queue);
    if (ts !== undefined && ts < bestTs) [best, bestTs] = [source, ts];
  }
  return best;
}

/** Up to when `best` may send: no other source may still have an earlier line to come. */
function bound(sources: readonly MergeSource[], best: MergeSource, young: boolean): string {
  let limit = NO_BOUND;
  for (const source of sources) {
    if (source === best) continue;
    const ts = nextTs(source.queue) ?? (holdsBack(source, young) ? readUpTo(source.queue.latest) : NO_BOUND);
    if (ts < limit) limit = ts;
  }
  return limit;
}

function holdsBack(source: MergeSource, young: boolean): boolean {
  switch (source.sent) {
    case undefined:
    case "history":
      return true;
    case "live":
    case "reconnecting":
      return young;
    default:
      return false;
  }
}

/** The latest time a source has read to; its next lines are from about then on ("" before any). */
function readUpTo(cursor: LogCursor | null): string {
  if (cursor === null) return "";
  return cursor.stdout.ts > cursor.stderr.ts ? cursor.stdout.ts : cursor.stderr.ts;
}

function nextTs(queue: SourceQueue): string | undefined {
  const head = queue.head();
  return head?.kind === "lines" ? head.chunk.lines[head.offset]?.ts : undefined;
}

/** Sends the head's lines up to the bound; returns how many went. */
function takeLines(source: MergeSource, item: LinesItem, limit: string, out: Output, budget: number): number {
  const { lines } = item.chunk;
  const from = item.offset;
  let to = from;
  while (to < lines.length && out.bytes < budget && out.room > 0) {
    const line = lines[to] as StreamLogLine;
    if (line.ts > limit) break;
    out.line(line);
    to += 1;
  }
  if (to === from) return 0;
  if (to === lines.length) {
    if (item.chunk.end !== null) out.cursor(source.id, item.chunk.end);
    source.queue.shift();
  } else {
    // Part of a batch went: its cursor is counted on from the batch's start (see chunk.ts).
    item.tracker ??= new CursorTracker(item.chunk.start ?? undefined);
    for (let index = from; index < to; index += 1) item.tracker.observe((lines[index] as StreamLogLine).stream, (lines[index] as StreamLogLine).ts);
    item.offset = to;
    const cursor = item.tracker.current;
    if (cursor !== null) out.cursor(source.id, cursor);
  }
  if (out.room <= 0) out.flush();
  return to - from;
}

/** Messages being built: lines gather into one message until it is full or something else is sent. */
class Output {
  readonly messages: LogStreamMessage[] = [];
  bytes = 0;
  sentCursors = false;
  #lines: StreamLogLine[] = [];
  #linesBytes = 0;

  constructor(private readonly cursors: Map<string, LogCursor>) {}

  /** Bytes left in the lines message being built. */
  get room(): number {
    return MESSAGE_BYTES - this.#linesBytes;
  }

  line(line: StreamLogLine): void {
    const bytes = lineJsonBytes(line.text);
    this.#lines.push(line);
    this.#linesBytes += bytes;
    this.bytes += bytes;
  }

  cursor(sourceId: string, cursor: LogCursor): void {
    this.cursors.set(sourceId, cursor);
  }

  marker(message: LogStreamMessage): void {
    this.flush();
    this.messages.push(message);
    this.bytes += MARKER_BYTES;
  }

  flush(): void {
    if (this.#lines.length === 0) return;
    this.messages.push({ type: "lines", lines: this.#lines, cursors: this.#takeCursors() });
    this.#lines = [];
    this.#linesBytes = 0;
  }

  cursorsAlone(): void {
    this.messages.push({ type: "lines", lines: [], cursors: this.#takeCursors() });
  }

  #takeCursors(): Record<string, LogCursor> {
    if (this.cursors.size > 0) this.sentCursors = true;
    const cursors = Object.fromEntries(this.cursors);
    this.cursors.clear();
    return cursors;
  }
}
