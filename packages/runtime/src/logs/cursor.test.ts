import { describe, expect, it } from "vitest";
import type { LogStream } from "@wheelhouse/protocol";
import { CursorTracker, ResumeFilter } from "./cursor.ts";

const T1 = "2026-11-23T13:54:15.000000001Z";
const T2 = "2026-11-23T13:54:15.000000002Z";
const T3 = "2026-11-23T13:54:15.000000003Z";

// Lines in the engine's (file) order: bursts sharing a nanosecond, and stderr stamped a little
// before stdout lines it follows in the file, as Docker's two copiers can do.
const log: { stream: LogStream; ts: string }[] = [
  { stream: "stdout", ts: T1 },
  { stream: "stdout", ts: T2 },
  { stream: "stderr", ts: T1 },
  { stream: "stdout", ts: T2 },
  { stream: "stderr", ts: T2 },
  { stream: "stdout", ts: T2 },
  { stream: "stderr", ts: T2 },
  { stream: "stdout", ts: T3 },
  { stream: "stderr", ts: T3 },
  { stream: "stderr", ts: T3 },
];

describe("a cursor", () => {
  it("resumes after any line with nothing missed or repeated, lines sharing a timestamp included", () => {
    for (let cut = 1; cut <= log.length; cut += 1) {
      const tracker = new CursorTracker();
      for (const line of log.slice(0, cut)) tracker.observe(line.stream, line.ts);
      const cursor = tracker.current;
      if (cursor === null) throw new Error("no cursor after a line");
      const filter = new ResumeFilter(cursor);
      // The resumed read starts earlier in the log, as a tail window or a since scan does.
      expect(log.filter((line) => filter.admits(line.stream, line.ts))).toEqual(log.slice(cut));
    }
  });

  it("dates a stream with no line yet from the first line read", () => {
    const tracker = new CursorTracker();
    tracker.observe("stdout", T2);
    expect(tracker.current).toEqual({ stdout: { ts: T2, countAtTs: 1 }, stderr: { ts: T2, countAtTs: 0 } });
    const filter = new ResumeFilter({ stdout: { ts: T2, countAtTs: 1 }, stderr: { ts: T2, countAtTs: 0 } });
    expect(log.filter((line) => line.stream === "stderr" && filter.admits(line.stream, line.ts)).map((line) => line.ts)).toEqual([T2, T2, T3, T3]);
  });
});
