/**
 * Positions in a log for resuming without a gap or a repeat (LogCursor): per stream, the latest
 * timestamp examined and how many lines carrying it were examined.
 */
import type { LogCursor, LogPosition, LogStream, LogTimestamp } from "@wheelhouse/protocol";

/** Follows what a reader has examined; `current` is where a resume should start. */
export class CursorTracker {
  private positions: LogCursor | undefined;

  constructor(start?: LogCursor) {
    this.positions = start && { stdout: { ...start.stdout }, stderr: { ...start.stderr } };
  }

  observe(stream: LogStream, ts: LogTimestamp): void {
    // The first line read also dates the start of the other stream, which has no line yet.
    this.positions ??= { stdout: { ts, countAtTs: 0 }, stderr: { ts, countAtTs: 0 } };
    const position = this.positions[stream];
    if (position.countAtTs === 0 || ts > position.ts) this.positions[stream] = { ts, countAtTs: 1 };
    else if (ts === position.ts) position.countAtTs += 1;
  }

  get current(): LogCursor | null {
    if (this.positions === undefined) return null;
    return { stdout: { ...this.positions.stdout }, stderr: { ...this.positions.stderr } };
  }

  /** Where the stream stands now, without a copy: read it before observing the next line. */
  position(stream: LogStream): LogPosition | undefined {
    return this.positions?.[stream];
  }
}

/** Negative when `a` is earlier in its stream than `b`, zero when they are the same place. */
export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.ts !== b.ts) return a.ts < b.ts ? -1 : 1;
  return a.countAtTs - b.countAtTs;
}

/**
 * Whether a reader that stopped at `later` has examined everything up to `earlier`, on both
 * streams. Null stands for the start of the log, before any line.
 */
export function cursorCovers(later: LogCursor | null, earlier: LogCursor | null): boolean {
  if (earlier === null) return true;
  if (later === null) return false;
  return comparePositions(later.stdout, earlier.stdout) >= 0 && comparePositions(later.stderr, earlier.stderr) >= 0;
}

/** The earliest timestamp the cursor holds: a resume must read from no later than this. */
export function cursorStart(cursor: LogCursor): LogTimestamp {
  return cursor.stdout.ts < cursor.stderr.ts ? cursor.stdout.ts : cursor.stderr.ts;
}

/** Tells, line by line in the engine's order, which lines come after a cursor. */
export class ResumeFilter {
  private readonly repeatsLeft: Record<LogStream, number>;

  constructor(private readonly cursor: LogCursor) {
    this.repeatsLeft = { stdout: cursor.stdout.countAtTs, stderr: cursor.stderr.countAtTs };
  }

  admits(stream: LogStream, ts: LogTimestamp): boolean {
    const position: LogPosition = this.cursor[stream];
    if (ts !== position.ts) return ts > position.ts;
    if (this.repeatsLeft[stream] === 0) return true;
    this.repeatsLeft[stream] -= 1;
    return false;
  }
}
