import { describe, expect, it } from "vitest";
import { joinGroup, MAX_GROUP_LINES, startGroup, type OpenGroup } from "./stack-groups";

/** Feeds lines written at the same moment, and answers the size of each entry. */
function entries(lines: string[], at = (_: number) => 0): number[] {
  const sizes: number[] = [];
  let group: OpenGroup | undefined;
  lines.forEach((text, i) => {
    const joined = joinGroup(group, text, at(i));
    if (joined) {
      group = joined;
      sizes[sizes.length - 1] = joined.size;
    } else {
      group = startGroup(text, at(i));
      sizes.push(1);
    }
  });
  return sizes;
}

describe("stack trace grouping", () => {
  it("groups a Java stack trace with its causes", () => {
    const trace = [
      'Exception in thread "main" java.lang.IllegalStateException: boom',
      "\tat com.example.App.run(App.java:12)",
      "\tat com.example.App.main(App.java:5)",
      "Caused by: java.io.IOException: disk",
      "\tat com.example.Disk.read(Disk.java:40)",
      "\t... 2 more",
      "next log line",
    ];
    expect(entries(trace)).toEqual([6, 1]);
  });

  it("groups a Node error with its frames", () => {
    expect(entries(["TypeError: x is undefined", "    at f (/app/a.js:1:2)", "    at g (/app/b.js:3:4)", "listening on 80"])).toEqual([3, 1]);
  });

  it("groups a Python traceback up to its exception line, after the logger's own line", () => {
    const trace = [
      "ERROR:root:request failed",
      "Traceback (most recent call last):",
      '  File "/app/main.py", line 3, in <module>',
      "    handle()",
      "ValueError: bad input",
      "INFO:root:next request",
    ];
    expect(entries(trace)).toEqual([5, 1]);
    expect(entries(trace.slice(1))).toEqual([4, 1]);
  });

  it("keeps indented lines written apart in time, and blank lines, as entries of their own", () => {
    expect(entries(["header", "  indented later"], (i) => i * 5000)).toEqual([1, 1]);
    expect(entries(["header", "", "  indented"])).toEqual([1, 1, 1]);
  });

  it("stops an entry from growing without bound", () => {
    const lines = ["head", ...Array.from({ length: MAX_GROUP_LINES + 10 }, () => "  more")];
    expect(entries(lines)).toEqual([MAX_GROUP_LINES, 11]);
  });
});
