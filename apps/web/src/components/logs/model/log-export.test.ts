import type { StreamLogLine } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { exportLines } from "./log-export";
import { LogRows } from "./log-rows";
import { LogStore } from "./log-store";

const A = "a".repeat(64);
const ts = (second: number) => `2026-11-23T13:54:${String(second).padStart(2, "0")}.000000001Z`;
const line = (text: string, stream: "stdout" | "stderr" = "stdout"): StreamLogLine => ({ source: A, text, ts: ts(1), stream });

function scene() {
  const store = new LogStore();
  store.apply({ type: "source", source: { id: A, name: "web.1", nodeId: "n1", nodeName: "vm" } });
  store.apply({ type: "lines", lines: [line("\x1b[32mready\x1b[0m"), line("Error: x", "stderr"), line("    at f", "stderr")], cursors: {} });
  store.apply({ type: "dropped", source: A, lines: 3, from: ts(2), to: ts(3) });
  return store;
}

describe("downloading a log view", () => {
  it("writes plain text with what the view shows, a collapsed trace whole", () => {
    const store = scene();
    const rows = new LogRows(store, { fieldFilters: [], expanded: new Set() });
    expect(exportLines(store, rows, { format: "text", timestamps: true, tagging: "name" }).join("")).toBe(
      [
        `${ts(1)} web.1 | ready`,
        `${ts(1)} web.1 | Error: x`,
        `${ts(1)} web.1 |     at f`,
        `${ts(2)} web.1 | [3 lines left out between ${ts(2)} and ${ts(3)}]`,
        "",
      ].join("\n"),
    );
    expect(exportLines(store, rows, { format: "text", timestamps: false, tagging: "none" }).join("").split("\n")[0]).toBe("ready");
  });

  it("writes NDJSON, one parseable object per line", () => {
    const store = scene();
    const rows = new LogRows(store, { fieldFilters: [], expanded: new Set([1]) });
    const objects = exportLines(store, rows, { format: "ndjson", timestamps: false, tagging: "none" })
      .join("")
      .trimEnd()
      .split("\n")
      .map((text) => JSON.parse(text) as unknown);
    expect(objects).toEqual([
      { ts: ts(1), source: "web.1", container: A, node: "vm", stream: "stdout", text: "ready" },
      { ts: ts(1), source: "web.1", container: A, node: "vm", stream: "stderr", text: "Error: x" },
      { ts: ts(1), source: "web.1", container: A, node: "vm", stream: "stderr", text: "    at f" },
      { ts: ts(2), source: "web.1", container: A, node: "vm", dropped: 3, until: ts(3) },
    ]);
  });

  it("splits a long log into parts", () => {
    const store = new LogStore();
    store.apply({ type: "lines", lines: Array.from({ length: 25_000 }, (_, i) => line(`l${i}`)), cursors: {} });
    const parts = exportLines(store, new LogRows(store, { fieldFilters: [], expanded: new Set() }), { format: "text", timestamps: false, tagging: "none" });
    expect(parts).toHaveLength(3);
    expect(parts.join("").split("\n")).toHaveLength(25_001);
  });
});
