/**
 * The view's side of a log search: the same query the agent filters history with (LogSearch),
 * compiled here to find where each shown line matches, for highlighting and for stepping from
 * match to match. It matches the plain text (escape sequences removed), as the reader sees it.
 */
import { MAX_LOG_PATTERN_LENGTH, type LogSearch } from "@wheelhouse/protocol";

export type MatchRange = readonly [start: number, end: number];

export interface LineMatcher {
  /** Where the text matches, left to right, never overlapping; empty matches are skipped. */
  ranges(text: string): MatchRange[];
  count(text: string): number;
}

export type CompiledSearch = { ok: true; matcher: LineMatcher } | { ok: false; message: string };

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function compileSearch(search: LogSearch): CompiledSearch {
  if (search.pattern.length > MAX_LOG_PATTERN_LENGTH) return { ok: false, message: `A search is at most ${MAX_LOG_PATTERN_LENGTH} characters` };
  const flags = search.caseSensitive ? "g" : "gi";
  let pattern: RegExp;
  try {
    pattern = new RegExp(search.regex ? search.pattern : escapeRegex(search.pattern), flags);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    return { ok: false, message: `Not a valid regular expression: ${reason}` };
  }
  const ranges = (text: string): MatchRange[] => {
    const found: MatchRange[] = [];
    for (const match of text.matchAll(pattern)) {
      if (match[0].length > 0) found.push([match.index, match.index + match[0].length]);
    }
    return found;
  };
  return {
    ok: true,
    matcher: {
      ranges,
      count: (text) => {
        let n = 0;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          if (match[0].length === 0) pattern.lastIndex += 1;
          else n += 1;
        }
        return n;
      },
    },
  };
}
