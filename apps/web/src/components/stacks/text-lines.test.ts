import { describe, expect, it } from "vitest";
import { lineCount, lineSpan } from "./text-lines";

describe("text lines", () => {
  const text = "services:\n  web:\n    image: x\n";

  it("finds where each line starts and ends", () => {
    expect(lineSpan(text, 1)).toEqual({ start: 0, end: 9 });
    expect(text.slice(lineSpan(text, 3).start, lineSpan(text, 3).end)).toBe("    image: x");
  });

  it("answers the end of the text for a line past it, as a problem at the end of the file has", () => {
    expect(lineSpan(text, 4)).toEqual({ start: text.length, end: text.length });
    expect(lineSpan(text, 9)).toEqual({ start: text.length, end: text.length });
  });

  it("counts the lines, the one after a final newline included", () => {
    expect(lineCount("")).toBe(1);
    expect(lineCount(text)).toBe(4);
  });
});
