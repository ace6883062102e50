import { describe, expect, it } from "vitest";
import { parseDuration } from "./durations.ts";

const ns = (text: string) => {
  const parsed = parseDuration(text);
  return parsed.ok ? parsed.value : parsed.message;
};

describe("parseDuration", () => {
  it("reads Go durations as nanoseconds", () => {
    expect(ns("1m30s")).toBe(90e9);
    expect(ns("5s")).toBe(5e9);
    expect(ns("500ms")).toBe(5e8);
    expect(ns("1.5h")).toBe(5400e9);
    expect(ns("1h2m3s4ms5us6ns")).toBe(3723004005006);
    expect(ns("10µs")).toBe(10_000);
    expect(ns("10μs")).toBe(10_000);
    expect(ns(".5s")).toBe(5e8);
    expect(ns("1.1s")).toBe(1_100_000_000);
    expect(ns("0")).toBe(0);
    expect(ns("0s")).toBe(0);
    expect(ns("+2s")).toBe(2e9);
  });

  it("refuses what Go refuses, and negative or oversized durations", () => {
    expect(ns("30")).toMatch(/has no unit/);
    expect(ns("5 s")).toMatch(/not a duration/);
    expect(ns("1d")).toMatch(/not a duration/);
    expect(ns("s")).toMatch(/not a duration/);
    expect(ns(".s")).toMatch(/not a duration/);
    expect(ns("")).toMatch(/not a duration/);
    expect(ns("-5s")).toMatch(/negative/);
    expect(ns("3000h")).toMatch(/longer than/);
  });
});
