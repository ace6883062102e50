import type { StreamLogLine } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { LogRows, type RowOptions } from "./log-rows";
import { LogStore } from "./log-store";
import { compileSearch } from "./search";

const A = "a".repeat(64);
const ts = (second: number) => `2026-11-23T13:54:${String(second).padStart(2, "0")}.000000000Z`;
const line = (text: string, second = 0): StreamLogLine => ({ source: A, text, ts: ts(second), stream: "stdout" });

function storeOf(lines: string[]): LogStore {
  const store = new LogStore();
  store.apply({ type: "lines", lines: lines.map((text) => line(text)), cursors: {} });
  return store;
}

const shown = (store: LogStore, rows: LogRows) => Array.from({ length: rows.length }, (_, r) => store.text(rows.line(r)));
const options = (more: Partial<RowOptions> = {}): RowOptions => ({ fieldFilters: [], expanded: new Set(), ...more });
function search(pattern: string) {
  const compiled = compileSearch({ pattern, regex: false, caseSensitive: false });
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.matcher;
}

describe("the rows a log view shows", () => {
  const trace = ["Error: boom", "    at f (a.js:1)", "    at g (a.js:2)", "after"];

  it("shows a stack trace as one row until it is expanded", () => {
    const store = storeOf(trace);
    expect(shown(store, new LogRows(store, options()))).toEqual(["Error: boom", "after"]);
    expect(shown(store, new LogRows(store, options({ expanded: new Set([0]) })))).toEqual(trace);
  });

  it("adds rows for entries that arrive after it was built", () => {
    const store = storeOf(["one"]);
    const rows = new LogRows(store, options());
    store.apply({ type: "lines", lines: [line("two"), line("three")], cursors: {} });
    expect(rows.update()).toBe(true);
    expect(shown(store, rows)).toEqual(["one", "two", "three"]);
    expect(rows.update()).toBe(false);
  });

  it("lays out again when an expanded entry grows, so its new line sits under it", () => {
    const store = storeOf(["Error: boom", "    at f"]);
    const rows = new LogRows(store, options({ expanded: new Set([0]) }));
    store.apply({ type: "lines", lines: [line("    at g")], cursors: {} });
    rows.update();
    expect(shown(store, rows)).toEqual(["Error: boom", "    at f", "    at g"]);
  });

  it("counts every match, steps row by row, and opens entries whose hidden lines match", () => {
    const store = storeOf([...trace, "g and g again"]);
    const rows = new LogRows(store, options({ matcher: search("g") }));
    expect(shown(store, rows)).toEqual([...trace, "g and g again"]);
    // "at g (a.js:2)" once, "after" none, "g and g again" three times (two g's and "again").
    expect(rows.matchCount).toBe(4);
    expect([rows.matchRow(0), rows.matchRow(1), rows.matchRow(3)]).toEqual([2, 4, 4]);
    expect([rows.firstMatchOf(2), rows.firstMatchOf(4), rows.firstMatchOf(0)]).toEqual([0, 1, -1]);
  });

  it("keeps only JSON entries whose field holds the value, and dropped markers", () => {
    const store = storeOf(['{"level":"error","msg":"a","user":"ana"}', '{"level":"info","msg":"b","user":"ana"}', "text mentioning ana", '{"level":"error","msg":"c","user":"bo"}']);
    store.apply({ type: "dropped", source: A, lines: 5, from: ts(1), to: ts(2) });
    const byUser = new LogRows(store, options({ fieldFilters: [{ key: "user", value: "ana" }] }));
    expect(shown(store, byUser)).toEqual(['{"level":"error","msg":"a","user":"ana"}', '{"level":"info","msg":"b","user":"ana"}', "5 lines left out"]);
    const errorsOfAna = new LogRows(store, options({ fieldFilters: [{ key: "user", value: "ana" }, { key: "level", value: "error" }] }));
    expect(shown(store, errorsOfAna)).toEqual(['{"level":"error","msg":"a","user":"ana"}', "5 lines left out"]);
  });

  it("finds a value written with escapes, which the quick text check cannot see", () => {
    const store = storeOf(['{"path":"\\/api\\/users","msg":"x"}']);
    expect(new LogRows(store, options({ fieldFilters: [{ key: "path", value: "/api/users" }] })).length).toBe(1);
  });

  it("starts again when the store lets old lines go", () => {
    const store = new LogStore({ maxLines: 10 });
    const rows = new LogRows(store, options());
    store.apply({ type: "lines", lines: Array.from({ length: 12 }, (_, i) => line(`line ${i}`, i)), cursors: {} });
    rows.update();
    expect(shown(store, rows)[0]).toBe("line 2");
    expect(rows.length).toBe(10);
  });
});
