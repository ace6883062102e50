/**
 * A viewer's seat at a shared follow (follow-hub.ts), for one of its sources. Until it is
 * released it holds what the follow hands it (bounded; the viewer may be catching up on what came
 * between its history and the follow), then lets through what comes after the cursor it was
 * released at, filtered as the viewer asked, into the source's queue.
 */
import type { LogCursor, SourceState } from "@wheelhouse/protocol";
import type { Chunk } from "./chunk.ts";
import type { HubViewer } from "./follow-hub.ts";
import { linesAfter, wantedLines } from "./live-filter.ts";
import { memoryOf, type SourceQueue } from "./source-queue.ts";
import type { LiveFilters } from "./subscription.ts";
import { Wakeup } from "./wakeup.ts";

type Held = { kind: "chunk"; chunk: Chunk } | { kind: "gap"; lines: number; from: string; to: string; end: LogCursor | null };

export class HubView implements HubViewer {
  /** Settles with the follow's last state once it has ended or failed. */
  readonly ended: Promise<void>;
  #held: Held[] | null = [];
  #heldBytes = 0;
  #seen: LogCursor | null = null;
  #settle!: () => void;
  readonly #released = new Wakeup();

  constructor(
    private readonly queue: SourceQueue,
    private readonly filters: LiveFilters,
    private readonly capacity: () => number,
    /** A filter failed (a search out of time): the viewer's stream ends with this error. */
    private readonly failed: (error: unknown) => void,
  ) {
    this.ended = new Promise((resolve) => (this.#settle = resolve));
  }

  deliver(chunk: Chunk): void {
    let wanted: Chunk;
    try {
      wanted = wantedLines(chunk, this.filters);
    } catch (error) {
      return this.failed(error);
    }
    if (this.#held === null) return this.#pass(wanted, (seen) => this.queue.offer(seen));
    if (this.#heldBytes < this.capacity() || wanted.lines.length === 0) {
      this.#held.push({ kind: "chunk", chunk: wanted });
      this.#heldBytes += memoryOf(wanted.lines);
      return;
    }
    this.#dropHeld(wanted);
  }

  state(state: SourceState, message?: string): void {
    this.queue.state(state, message);
    if (state === "ended" || state === "failed") this.#settle();
  }

  hasRoom(): boolean {
    return this.#held === null ? this.queue.hasRoom() : this.#heldBytes < this.capacity();
  }

  room(): Promise<void> {
    return this.#held === null ? this.queue.room() : this.#released.wait();
  }

  /** From now on lines after `seen` go to the queue, those held first. */
  release(seen: LogCursor | null): void {
    const held = this.#held ?? [];
    this.#held = null;
    this.#seen = seen;
    for (const item of held) {
      if (item.kind === "gap") this.queue.dropped(item.lines, item.from, item.to, item.end);
      // Held lines already have their memory: they are queued whatever the room.
      else this.#pass(item.chunk, (chunk) => this.queue.push(chunk));
    }
    this.#released.fire();
  }

  #pass(chunk: Chunk, add: (chunk: Chunk) => void): void {
    const fresh = linesAfter(chunk, this.#seen);
    // Once a batch starts past the cursor, every later one does.
    if (this.#seen !== null && fresh === chunk) this.#seen = null;
    add(fresh);
  }

  /** No room while held: the lines are dropped and marked, as the queue does. */
  #dropHeld(chunk: Chunk): void {
    const held = this.#held ?? [];
    const first = chunk.lines[0];
    const last = chunk.lines[chunk.lines.length - 1];
    if (first === undefined || last === undefined) return;
    const tail = held[held.length - 1];
    if (tail?.kind === "gap") Object.assign(tail, { lines: tail.lines + chunk.lines.length, to: last.ts, end: chunk.end });
    else held.push({ kind: "gap", lines: chunk.lines.length, from: first.ts, to: last.ts, end: chunk.end });
  }
}
