/**
 * What one source has for its viewer and the viewer has not sent yet: lines (as chunks), state
 * changes and gaps, in order. It is bounded: a read waits for room before taking its next batch
 * from its agent (so the agent waits too), and a shared follow offers its batches, which are
 * dropped when there is no room and marked as a gap (a `dropped` message), never held.
 */
import type { LogCursor, SourceState } from "@wheelhouse/protocol";
import type { CursorTracker } from "@wheelhouse/runtime";
import type { Chunk } from "./chunk.ts";
import { Wakeup } from "./wakeup.ts";

export type QueueItem =
  | { kind: "lines"; chunk: Chunk; bytes: number; arrivedAt: number; offset: number; tracker?: CursorTracker }
  | { kind: "state"; state: SourceState; message?: string }
  | { kind: "gap"; lines: number; from: string; to: string; end: LogCursor | null };

// What a line holds in memory besides its text: the object, its timestamp and stream.
const LINE_MEMORY_BYTES = 120;

/** About what lines hold in memory. */
export function memoryOf(lines: readonly { text: string }[]): number {
  let bytes = 0;
  for (const line of lines) bytes += line.text.length + LINE_MEMORY_BYTES;
  return bytes;
}
// The taken items at the front are let go in one go once there are this many.
const COMPACT_AFTER = 1024;

export class SourceQueue {
  /** The cursor after everything received, sent or not: where this source stands. */
  latest: LogCursor | null = null;
  #items: QueueItem[] = [];
  #head = 0;
  #bytes = 0;
  readonly #room = new Wakeup();

  /** `capacity` may change as sources come and go; `changed` tells the merge there is more to send. */
  constructor(
    private readonly capacity: () => number,
    private readonly changed: () => void,
  ) {}

  hasRoom(): boolean {
    return this.#bytes < this.capacity();
  }

  /** Resolves once there is room. */
  room(): Promise<void> {
    return this.hasRoom() ? Promise.resolve() : this.#room.wait();
  }

  /** Adds the chunk whatever the room: for a read that waited for room first. */
  push(chunk: Chunk): void {
    const bytes = memoryOf(chunk.lines);
    this.latest = chunk.end ?? this.latest;
    this.#items.push({ kind: "lines", chunk, bytes, arrivedAt: Date.now(), offset: 0 });
    this.#bytes += bytes;
    this.changed();
  }

  /** Adds the chunk if there is room; otherwise its lines are dropped and marked as a gap. */
  offer(chunk: Chunk): void {
    const first = chunk.lines[0];
    const last = chunk.lines[chunk.lines.length - 1];
    if (this.hasRoom() || first === undefined || last === undefined) return this.push(chunk);
    this.dropped(chunk.lines.length, first.ts, last.ts, chunk.end);
  }

  /** Records lines left out, joined to the gap before it if nothing came in between. */
  dropped(lines: number, from: string, to: string, end: LogCursor | null): void {
    const tail = this.#items[this.#items.length - 1];
    if (this.#items.length > this.#head && tail?.kind === "gap") Object.assign(tail, { lines: tail.lines + lines, to, end });
    else this.#items.push({ kind: "gap", lines, from, to, end });
    this.latest = end ?? this.latest;
    this.changed();
  }

  state(state: SourceState, message?: string): void {
    this.#items.push(message === undefined ? { kind: "state", state } : { kind: "state", state, message });
    this.changed();
  }

  get empty(): boolean {
    return this.#head >= this.#items.length;
  }

  head(): QueueItem | undefined {
    return this.#items[this.#head];
  }

  /** Lets go of the head item, sent in full. */
  shift(): void {
    const item = this.#items[this.#head];
    if (item === undefined) return;
    this.#head += 1;
    if (item.kind === "lines") this.#release(item.bytes);
    if (this.#head >= COMPACT_AFTER && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
  }

  #release(bytes: number): void {
    this.#bytes -= bytes;
    if (this.hasRoom()) this.#room.fire();
  }
}
