/**
 * Search highlights laid over a line's styled segments: the segments are cut where a match starts
 * or ends, so a match keeps its colours and a colour change inside a match keeps the highlight.
 */
import type { AnsiSegment } from "./ansi";
import type { MatchRange } from "./search";

export interface HighlightedPiece extends AnsiSegment {
  /** Part of a match; "current" for the match the user stepped to. */
  mark?: "match" | "current";
}

/** `current` is the index in `ranges` of the match stepped to, or -1. */
export function highlight(segments: readonly AnsiSegment[], ranges: readonly MatchRange[], current = -1): HighlightedPiece[] {
  if (ranges.length === 0) return [...segments];
  const pieces: HighlightedPiece[] = [];
  let offset = 0;
  let r = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    let at = offset;
    while (at < end) {
      while (r < ranges.length && (ranges[r]?.[1] ?? 0) <= at) r++;
      const range = ranges[r];
      const inMatch = range !== undefined && range[0] <= at;
      const stop = Math.min(end, range === undefined ? end : inMatch ? range[1] : range[0]);
      const piece: HighlightedPiece = { text: segment.text.slice(at - offset, stop - offset) };
      if (segment.style) piece.style = segment.style;
      if (inMatch) piece.mark = r === current ? "current" : "match";
      pieces.push(piece);
      at = stop;
    }
    offset = end;
  }
  return pieces;
}
