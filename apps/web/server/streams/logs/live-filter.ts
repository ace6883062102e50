/**
 * The lines of a shared follow's batch one viewer wants: those after what it has already seen
 * (its history ended at a cursor the follow may be behind), in its streams, times and search.
 * Lines are shared between viewers and never changed; a chunk that loses nothing is passed as is.
 */
import type { LogCursor, StreamLogLine } from "@wheelhouse/protocol";
import { CursorTracker, comparePositions, cursorCovers } from "@wheelhouse/runtime";
import type { Chunk } from "./chunk.ts";
import type { LiveFilters } from "./subscription.ts";

/** Drops what the viewer has seen: lines at or before `seen`. */
export function linesAfter(chunk: Chunk, seen: LogCursor | null): Chunk {
  if (seen === null || cursorCovers(chunk.start, seen)) return chunk;
  if (cursorCovers(seen, chunk.end)) return { ...chunk, lines: [] };
  const tracker = new CursorTracker(chunk.start ?? undefined);
  const lines = chunk.lines.filter((line) => {
    tracker.observe(line.stream, line.ts);
    const position = tracker.position(line.stream);
    return position !== undefined && comparePositions(position, seen[line.stream]) > 0;
  });
  return { ...chunk, lines };
}

/** Keeps the lines in the viewer's streams, times and search; throws when a search runs out of time. */
export function wantedLines(chunk: Chunk, filters: LiveFilters): Chunk {
  const { streams, since, until, search } = filters;
  const everyStream = streams.size === 2;
  if (everyStream && since === undefined && until === undefined && search === undefined) return chunk;
  let lines = chunk.lines.filter(
    (line: StreamLogLine) => (everyStream || streams.has(line.stream)) && (since === undefined || line.ts >= since) && (until === undefined || line.ts <= until),
  );
  if (search !== undefined && lines.length > 0) {
    const matches = search(lines.map((line) => line.text));
    lines = lines.filter((_, index) => matches[index] === true);
  }
  return lines.length === chunk.lines.length ? chunk : { ...chunk, lines };
}
