/** The merge of sources' queues into a viewer's messages, on queues filled by hand (no engine needed). */
import type { LogCursor, LogStream, LogStreamMessage, StreamLogLine } from "@wheelhouse/protocol";
import { CursorTracker } from "@wheelhouse/runtime";
import { describe, expect, it } from "vitest";
import type { Chunk } from "./chunk.ts";
import { LogMerge, type MergeSource } from "./log-merge.ts";
import { SourceQueue } from "./source-queue.ts";

const WATERMARK = 150;
const ts = (n: number) => `2026-11-23T12:00:00.${String(n).padStart(9, "0")}Z`;

function source(id: string, capacity = 1 << 20): MergeSource {
  return { id, queue: new SourceQueue(() => capacity, () => undefined), initial: true, sent: undefined };
}

/** A chunk of `[stream, ts number]` lines following `start`, with its end cursor counted from there. */
function chunk(id: string, lines: [LogStream, number][], start: LogCursor | null = null): Chunk {
  const tracker = new CursorTracker(start ?? undefined);
  const made: StreamLogLine[] = lines.map(([stream, n]) => {
    tracker.observe(stream, ts(n));
    return { ts: ts(n), stream, text: `${id} ${stream} ${n}`, source: id };
  });
  return { lines: made, start, end: tracker.current };
}

const linesIn = (messages: LogStreamMessage[]) => messages.flatMap((m) => (m.type === "lines" ? m.lines.map((line) => line.text) : []));
const kinds = (messages: LogStreamMessage[]) => messages.map((m) => (m.type === "state" ? `${m.source} ${m.state}` : m.type));

describe("merging sources", () => {
  it("orders histories by time, waiting for a source still reading its history", () => {
    const merge = new LogMerge(WATERMARK);
    const [a, b] = [source("a"), source("b")];
    a.queue.state("history");
    b.queue.state("history");
    a.queue.push(chunk("a", [["stdout", 1], ["stdout", 3], ["stdout", 5]]));
    const first = merge.collect([a, b], 1 << 20, 0).messages;
    expect(kinds(first)).toEqual(["a history", "b history"]);

    b.queue.push(chunk("b", [["stdout", 2], ["stdout", 4]]));
    const both = merge.collect([a, b], 1 << 20, 0).messages;
    // b may still have a line before a's 5.
    expect(linesIn(both)).toEqual(["a stdout 1", "b stdout 2", "a stdout 3", "b stdout 4"]);
    b.queue.state("ended");
    expect(linesIn(merge.collect([a, b], 1 << 20, 0).messages)).toEqual(["a stdout 5"]);
  });

  it("lets a live line wait for a quiet source no longer than the watermark", () => {
    const merge = new LogMerge(WATERMARK);
    const [a, b] = [source("a"), source("b")];
    a.queue.state("live");
    b.queue.state("live");
    b.queue.push(chunk("b", [["stdout", 1]]));
    // a has said nothing yet: b's line waits the watermark, then goes.
    expect(linesIn(merge.collect([a, b], 1 << 20, Date.now()).messages)).toEqual([]);
    expect(linesIn(merge.collect([a, b], 1 << 20, Date.now() + WATERMARK + 10).messages)).toEqual(["b stdout 1"]);
    a.queue.push(chunk("a", [["stdout", 10]]));
    const arrived = Date.now();
    const early = merge.collect([a, b], 1 << 20, arrived);
    expect(linesIn(early.messages)).toEqual([]);
    expect(early.wakeAt).toBeGreaterThanOrEqual(arrived + WATERMARK - 5);
    expect(linesIn(merge.collect([a, b], 1 << 20, arrived + WATERMARK + 10).messages)).toEqual(["a stdout 10"]);
  });

  it("sends, with the lines, each source's cursor after the last of them sent, a part of a batch included", () => {
    const merge = new LogMerge(WATERMARK);
    const [a, b] = [source("a"), source("b")];
    const log: [LogStream, number][] = [["stdout", 1], ["stdout", 2], ["stderr", 2], ["stderr", 2], ["stdout", 4]];
    a.queue.push(chunk("a", log));
    b.queue.push(chunk("b", [["stdout", 3]]));
    a.queue.state("ended");
    b.queue.state("ended");
    const messages = merge.collect([a, b], 1 << 20, 0).messages;
    expect(linesIn(messages)).toEqual(["a stdout 1", "a stdout 2", "a stderr 2", "a stderr 2", "b stdout 3", "a stdout 4"]);
    const first = messages.find((m) => m.type === "lines");
    expect(first?.type === "lines" && first.cursors.a).toEqual(chunk("a", log.slice(0, 4)).end);
    const cursors = messages.flatMap((m) => (m.type === "lines" ? [m.cursors] : []));
    expect(Object.assign({}, ...cursors)).toEqual({ a: chunk("a", log).end, b: chunk("b", [["stdout", 3]]).end });
  });

  it("marks a gap where a full queue dropped lines, and moves the cursor past them", () => {
    const merge = new LogMerge(WATERMARK);
    const a = source("a", 1);
    a.queue.state("live");
    a.queue.offer(chunk("a", [["stdout", 1]]));
    const dropped = chunk("a", [["stdout", 2], ["stdout", 3]], chunk("a", [["stdout", 1]]).end);
    a.queue.offer(dropped);
    const messages = merge.collect([a], 1 << 20, 0).messages;
    expect(messages).toContainEqual({ type: "dropped", source: "a", lines: 2, from: ts(2), to: ts(3) });
    expect(linesIn(messages)).toEqual(["a stdout 1"]);
    const cursors = messages.flatMap((m) => (m.type === "lines" ? [m.cursors.a] : []));
    expect(cursors.at(-1)).toEqual(dropped.end);
  });

  it("says caught-up once every source there from the start has sent its history", () => {
    const merge = new LogMerge(WATERMARK);
    const [a, b] = [source("a"), source("b")];
    a.queue.state("history");
    b.queue.state("history");
    a.queue.state("live");
    expect(kinds(merge.collect([a, b], 1 << 20, 0).messages)).not.toContain("caught-up");
    b.queue.state("live");
    expect(kinds(merge.collect([a, b], 1 << 20, 0).messages)).toEqual(["b live", "caught-up"]);
  });

  it("sends a cursor with no line (a search matching nothing) at most once a second", () => {
    const merge = new LogMerge(WATERMARK);
    const a = source("a");
    a.queue.state("live");
    merge.collect([a], 1 << 20, 10_000);
    const [first, second] = [chunk("a", [["stdout", 1]]).end, chunk("a", [["stdout", 2]]).end];
    a.queue.push({ lines: [], start: null, end: first });
    expect(merge.collect([a], 1 << 20, 10_000).messages).toEqual([{ type: "lines", lines: [], cursors: { a: first } }]);
    a.queue.push({ lines: [], start: first, end: second });
    const soon = merge.collect([a], 1 << 20, 10_100);
    expect(soon.messages).toEqual([]);
    expect(soon.wakeAt).toBe(11_000);
    expect(merge.collect([a], 1 << 20, 11_000).messages).toEqual([{ type: "lines", lines: [], cursors: { a: second } }]);
  });
});
