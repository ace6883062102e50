import type { LogCursor, StreamLogLine } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { LogStore } from "./log-store";

const A = "a".repeat(64);
const B = "b".repeat(64);
const ts = (second: number, nanos = 0) => `2026-11-23T13:54:${String(second).padStart(2, "0")}.${String(nanos).padStart(9, "0")}Z`;
const cursor = (t: string): LogCursor => ({ stdout: { ts: t, countAtTs: 1 }, stderr: { ts: t, countAtTs: 0 } });
const line = (source: string, text: string, at = ts(0), stream: "stdout" | "stderr" = "stdout"): StreamLogLine => ({ source, text, ts: at, stream });

function storeWithSources(maxLines?: number): LogStore {
  const store = new LogStore({ maxLines });
  store.apply({ type: "source", source: { id: A, name: "web.1", nodeId: "n1", nodeName: "vm", serviceName: "web", taskSlot: 1 } });
  store.apply({ type: "source", source: { id: B, name: "web.2", nodeId: "n2", nodeName: "wh-node-2", serviceName: "web", taskSlot: 2 } });
  return store;
}

const texts = (store: LogStore) => Array.from({ length: store.entryCount }, (_, e) => store.text(store.entryHead(e)));

describe("the log store", () => {
  it("keeps lines in arrival order with their source, stream and exact timestamp", () => {
    const store = storeWithSources();
    store.apply({ type: "lines", lines: [line(A, "one", ts(1, 338086833)), line(B, "two", ts(2), "stderr")], cursors: {} });
    expect(store.lineCount).toBe(2);
    expect([store.text(0), store.source(0)?.name, store.kind(0), store.timestamp(0)]).toEqual(["one", "web.1", "stdout", ts(1, 338086833)]);
    expect([store.text(1), store.source(1)?.nodeName, store.kind(1)]).toEqual(["two", "wh-node-2", "stderr"]);
    expect(store.millis(0)).toBe(Date.parse("2026-11-23T13:54:01.338Z"));
  });

  it("moves its version on every message and tells subscribers when notified", () => {
    const store = storeWithSources();
    let told = 0;
    const unsubscribe = store.subscribe(() => told++);
    const before = store.version;
    store.apply({ type: "caught-up" });
    store.notify();
    unsubscribe();
    store.notify();
    expect([store.version - before, told, store.caughtUp]).toEqual([1, 1, true]);
  });

  it("keeps the latest cursor of each source for resuming", () => {
    const store = storeWithSources();
    store.apply({ type: "lines", lines: [line(A, "x", ts(1))], cursors: { [A]: cursor(ts(1)) } });
    store.apply({ type: "lines", lines: [line(B, "y", ts(2))], cursors: { [B]: cursor(ts(2)) } });
    store.apply({ type: "lines", lines: [line(A, "z", ts(3))], cursors: { [A]: cursor(ts(3)) } });
    expect(store.cursors()).toEqual({ [A]: cursor(ts(3)), [B]: cursor(ts(2)) });
  });

  it("tracks each source's state and message", () => {
    const store = storeWithSources();
    store.apply({ type: "state", source: B, state: "failed", message: "node unreachable" });
    expect(store.sources.map((s) => [s.name, s.state, s.message])).toEqual([
      ["web.1", "history", undefined],
      ["web.2", "failed", "node unreachable"],
    ]);
  });

  it("keeps lines of a source it was never told of, under its short id", () => {
    const store = new LogStore();
    store.apply({ type: "lines", lines: [line("c".repeat(64), "orphan")], cursors: {} });
    expect(store.source(0)?.name).toBe("cccccccccccc");
  });

  it("groups a stack trace per source even when another source's lines come between", () => {
    const store = storeWithSources();
    store.apply({
      type: "lines",
      lines: [line(A, "Error: boom"), line(B, "B says hi"), line(A, "    at f (a.js:1:1)"), line(B, "  B indented"), line(A, "    at g (a.js:2:1)"), line(A, "next")],
      cursors: {},
    });
    expect(texts(store)).toEqual(["Error: boom", "B says hi", "next"]);
    expect(store.entrySize(0)).toBe(3);
    expect(store.continuationLines(0).map((l) => store.text(l))).toEqual(["    at f (a.js:1:1)", "    at g (a.js:2:1)"]);
    expect(store.entrySize(1)).toBe(2);
  });

  it("does not join stderr lines to a stdout entry", () => {
    const store = storeWithSources();
    store.apply({ type: "lines", lines: [line(A, "out"), line(A, "  err", ts(0), "stderr")], cursors: {} });
    expect(store.entryCount).toBe(2);
  });

  it("shows dropped lines as a marker entry that ends the stack trace in progress", () => {
    const store = storeWithSources();
    store.apply({ type: "lines", lines: [line(A, "Error")], cursors: {} });
    store.apply({ type: "dropped", source: A, lines: 120, from: ts(1), to: ts(2) });
    store.apply({ type: "lines", lines: [line(A, "  at after gap", ts(2))], cursors: {} });
    expect(store.entryCount).toBe(3);
    expect([store.kind(1), store.dropped(1), store.droppedTotal]).toEqual(["dropped", { lines: 120, from: ts(1), to: ts(2) }, 120]);
  });

  it("lets the oldest whole entries go past its limit, renumbering the rest", () => {
    const store = storeWithSources(10);
    const text = (i: number) => (i === 2 ? "  continues 1" : i === 6 ? "  continues 5" : `line ${i}`);
    const at = (i: number) => ts(i === 2 || i === 6 ? i - 1 : i);
    store.apply({ type: "lines", lines: Array.from({ length: 11 }, (_, i) => line(A, text(i), at(i))), cursors: {} });
    expect([store.lineCount, store.epoch]).toEqual([11, 0]);
    store.apply({ type: "lines", lines: [line(A, "line 11", ts(11))], cursors: {} });
    // Ten lines would start inside entry 1 (at its continuation): the whole entry goes.
    expect([store.epoch, store.letGo, store.lineCount, store.text(0)]).toEqual([1, 3, 9, "line 3"]);
    expect(store.text(store.entryHead(2))).toBe("line 5");
    expect(store.continuationLines(2).map((l) => store.text(l))).toEqual(["  continues 5"]);
    expect(store.entryOf(store.lineCount - 1)).toBe(store.entryCount - 1);
    store.apply({ type: "lines", lines: [line(A, "  continues 11", ts(11))], cursors: {} });
    expect(store.continuationLines(store.entryCount - 1).map((l) => store.text(l))).toEqual(["  continues 11"]);
  });
});
