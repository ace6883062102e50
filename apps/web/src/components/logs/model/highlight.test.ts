import { describe, expect, it } from "vitest";
import { parseAnsi } from "./ansi";
import { highlight } from "./highlight";

describe("search highlights", () => {
  it("leaves a line without matches as it is", () => {
    expect(highlight([{ text: "abc" }], [])).toEqual([{ text: "abc" }]);
  });

  it("marks each match, and the current one apart", () => {
    expect(
      highlight(
        [{ text: "one two one" }],
        [
          [0, 3],
          [8, 11],
        ],
        1,
      ),
    ).toEqual([{ text: "one", mark: "match" }, { text: " two " }, { text: "one", mark: "current" }]);
  });

  it("keeps colours inside a match and the highlight across a colour change", () => {
    const segments = parseAnsi("ok \x1b[31mfailed\x1b[0m here");
    expect(highlight(segments, [[1, 6]])).toEqual([
      { text: "o" },
      { text: "k ", mark: "match" },
      { text: "fai", style: { fg: 1 }, mark: "match" },
      { text: "led", style: { fg: 1 } },
      { text: " here" },
    ]);
  });

  it("handles a match that covers several segments whole", () => {
    const segments = [{ text: "a" }, { text: "b", style: { bold: true } }, { text: "c" }];
    expect(highlight(segments, [[0, 3]], 0)).toEqual([
      { text: "a", mark: "current" },
      { text: "b", style: { bold: true }, mark: "current" },
      { text: "c", mark: "current" },
    ]);
  });
});
