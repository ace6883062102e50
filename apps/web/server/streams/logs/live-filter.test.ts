/** What a viewer takes of a shared follow's batch: what comes after its cursor, then what it asked for. */
import type { LogStream, StreamLogLine } from "@wheelhouse/protocol";
import { CursorTracker, compileSearch } from "@wheelhouse/runtime";
import { describe, expect, it } from "vitest";
import type { Chunk } from "./chunk.ts";
import { linesAfter, wantedLines } from "./live-filter.ts";

const ts = (n: number) => `2026-11-23T12:00:00.${String(n).padStart(9, "0")}Z`;
// In the log's order: lines sharing a nanosecond, stderr stamped a little before stdout it follows.
const log: StreamLogLine[] = (
  [
    ["stdout", 1],
    ["stdout", 2],
    ["stderr", 1],
    ["stdout", 2],
    ["stderr", 2],
    ["stdout", 3],
    ["stderr", 3],
    ["stderr", 3],
  ] as [LogStream, number][]
).map(([stream, n], index) => ({ ts: ts(n), stream, text: `line ${index}`, source: "a" }));

function cursorAfter(count: number) {
  const tracker = new CursorTracker();
  for (const line of log.slice(0, count)) tracker.observe(line.stream, line.ts);
  return tracker.current;
}

describe("the lines after a viewer's cursor", () => {
  it("are exactly those it has not seen, wherever the cursor falls in a batch", () => {
    const batch: Chunk = { lines: log, start: null, end: cursorAfter(log.length) };
    for (let seen = 0; seen <= log.length; seen += 1) expect(linesAfter(batch, cursorAfter(seen)).lines).toEqual(log.slice(seen));
  });

  it("are the whole batch when it starts after the cursor, and none when it ends before it", () => {
    const later: Chunk = { lines: log.slice(5), start: cursorAfter(5), end: cursorAfter(8) };
    expect(linesAfter(later, cursorAfter(3))).toBe(later);
    expect(linesAfter({ lines: log.slice(0, 3), start: null, end: cursorAfter(3) }, cursorAfter(5)).lines).toEqual([]);
  });
});

describe("the lines a viewer asked for", () => {
  const batch: Chunk = { lines: log, start: null, end: cursorAfter(log.length) };

  it("keep to its streams, its time range and its search, the batch passed as is when it asks for everything", () => {
    const everything = { streams: new Set<LogStream>(["stdout", "stderr"]), since: undefined, until: undefined, search: undefined };
    expect(wantedLines(batch, everything)).toBe(batch);
    expect(wantedLines(batch, { ...everything, streams: new Set<LogStream>(["stderr"]) }).lines.map((l) => l.text)).toEqual(["line 2", "line 4", "line 6", "line 7"]);
    expect(wantedLines(batch, { ...everything, since: ts(2), until: ts(2) }).lines.map((l) => l.text)).toEqual(["line 1", "line 3", "line 4"]);
    expect(wantedLines(batch, { ...everything, search: compileSearch({ pattern: "^line [67]$", regex: true, caseSensitive: false }) }).lines.map((l) => l.text)).toEqual(["line 6", "line 7"]);
  });
});
