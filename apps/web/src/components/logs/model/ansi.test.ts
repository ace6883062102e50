import { describe, expect, it } from "vitest";
import { parseAnsi, stripAnsi } from "./ansi";

describe("ANSI parsing", () => {
  it("leaves text without escapes as one unstyled segment", () => {
    expect(parseAnsi("plain line")).toEqual([{ text: "plain line" }]);
    expect(parseAnsi("")).toEqual([]);
  });

  it("styles the basic and bright colours, and resets", () => {
    expect(parseAnsi("\x1b[31merror\x1b[0m ok \x1b[1;92mgood\x1b[m")).toEqual([
      { text: "error", style: { fg: 1 } },
      { text: " ok " },
      { text: "good", style: { bold: true, fg: 10 } },
    ]);
  });

  it("reads 256-colour and true colour, in both the semicolon and the colon form", () => {
    expect(parseAnsi("\x1b[38;5;208ma\x1b[48;2;10;20;30mb\x1b[38:2::1:2:3mc\x1b[38;5;3md")).toEqual([
      { text: "a", style: { fg: "rgb(255, 135, 0)" } },
      { text: "b", style: { fg: "rgb(255, 135, 0)", bg: "rgb(10, 20, 30)" } },
      { text: "c", style: { fg: "rgb(1, 2, 3)", bg: "rgb(10, 20, 30)" } },
      { text: "d", style: { fg: 3, bg: "rgb(10, 20, 30)" } },
    ]);
    expect(parseAnsi("\x1b[38;5;244mgrey")).toEqual([{ text: "grey", style: { fg: "rgb(128, 128, 128)" } }]);
  });

  it("turns single attributes off without touching the others", () => {
    expect(parseAnsi("\x1b[1;3;4mx\x1b[22;24my\x1b[39;49mz")).toEqual([
      { text: "x", style: { bold: true, italic: true, underline: true } },
      { text: "y", style: { italic: true } },
      { text: "z", style: { italic: true } },
    ]);
  });

  it("drops cursor moves, erases, OSC titles and hyperlinks, and charset switches", () => {
    const text = "\x1b[2K\x1b[1Gstart \x1b]0;window title\x07\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \x1b(Bend";
    expect(stripAnsi(text)).toBe("start link end");
  });

  it("drops an unterminated sequence at the end of a line rather than showing it", () => {
    expect(stripAnsi("text\x1b[31")).toBe("text");
    expect(stripAnsi("text\x1b]0;never ends")).toBe("text");
    expect(stripAnsi("text\x1b")).toBe("text");
  });

  it("ignores colour parameters out of range", () => {
    expect(parseAnsi("\x1b[38;2;300;0;0mx")).toEqual([{ text: "x" }]);
  });
});
