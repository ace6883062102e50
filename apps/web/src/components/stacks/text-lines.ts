/** Lines of the compose text as the editor numbers them (from 1), for jumping to a problem. */

/** Where a line starts and ends in the text; the last line when the text is shorter. */
export function lineSpan(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let at = 1; at < line; at++) {
    const next = text.indexOf("\n", start);
    if (next === -1) break;
    start = next + 1;
  }
  const newline = text.indexOf("\n", start);
  return { start, end: newline === -1 ? text.length : newline };
}

export function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}
