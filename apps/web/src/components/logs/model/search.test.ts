import { describe, expect, it } from "vitest";
import { compileSearch, type LineMatcher } from "./search";

function matcher(pattern: string, options: { regex?: boolean; caseSensitive?: boolean } = {}): LineMatcher {
  const compiled = compileSearch({ pattern, regex: options.regex ?? false, caseSensitive: options.caseSensitive ?? false });
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.matcher;
}

describe("log search in the view", () => {
  it("finds a substring everywhere it occurs, ignoring case unless asked", () => {
    expect(matcher("err").ranges("ERR: an error, then Err")).toEqual([
      [0, 3],
      [8, 11],
      [20, 23],
    ]);
    expect(matcher("err", { caseSensitive: true }).ranges("ERR: an error")).toEqual([[8, 11]]);
  });

  it("takes a substring literally, regex characters included", () => {
    expect(matcher("a.b(").ranges("axb( a.b(")).toEqual([[5, 9]]);
  });

  it("matches a regular expression and skips empty matches", () => {
    expect(matcher("\\d+", { regex: true }).ranges("took 15 ms, 200 rows")).toEqual([
      [5, 7],
      [12, 15],
    ]);
    expect(matcher("x*", { regex: true }).ranges("axxb")).toEqual([[1, 3]]);
    expect(matcher("x*", { regex: true }).count("axxbx")).toBe(2);
  });

  it("counts as many matches as it finds ranges, and again on the next line", () => {
    const m = matcher("o");
    expect(m.count("foo boo")).toBe(4);
    expect(m.count("no")).toBe(1);
    expect(m.ranges("foo boo")).toHaveLength(4);
  });

  it("refuses an invalid regular expression with a clear message", () => {
    expect(compileSearch({ pattern: "(unclosed", regex: true, caseSensitive: false })).toEqual({
      ok: false,
      message: expect.stringMatching(/^Not a valid regular expression: .*Unterminated group/),
    });
  });
});
