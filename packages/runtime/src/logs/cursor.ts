/**
 * Positions in a log for resuming without a gap or a repeat. Timestamps alone do not identify a
 * line (a burst shares a nanosecond often enough), so a cursor is the latest timestamp examined
 * and how many lines carrying it were examined.
 *
 * The engine returns a log in file order. Docker stamps stdout and stderr from two copiers, so two
 * lines of different streams written within the same microseconds can sit in the file slightly
 * out of timestamp order; the cursor keeps the latest timestamp, so such a pair cut exactly by a
 * fault can lose the earlier-stamped line but never repeats one.
 */
import type { LogCursor, LogTimestamp } from "@wheelhouse/protocol";

/** Follows what a reader has examined; `current` is where a resume should start. */
export class CursorTracker {
  private ts: LogTimestamp | undefined;
  private count = 0;

  constructor(start?: LogCursor) {
    if (start) ({ ts: this.ts, countAtTs: this.count } = start);
  }

  observe(ts: LogTimestamp): void {
    if (this.ts === undefined || ts > this.ts) {
      this.ts = ts;
      this.count = 1;
    } else if (ts === this.ts) {
      this.count += 1;
    }
  }

  get current(): LogCursor | null {
    return this.ts === undefined ? null : { ts: this.ts, countAtTs: this.count };
  }
}

/** Tells, line by line in the engine's order, which lines come after a cursor. */
export class ResumeFilter {
  private repeatsLeft: number;

  constructor(private readonly cursor: LogCursor) {
    this.repeatsLeft = cursor.countAtTs;
  }

  admits(ts: LogTimestamp): boolean {
    if (ts > this.cursor.ts) return true;
    if (ts < this.cursor.ts) return false;
    if (this.repeatsLeft === 0) return true;
    this.repeatsLeft -= 1;
    return false;
  }
}
