import { describe, expect, it } from "vitest";
import { MAX_SCROLL_HEIGHT, scrollTopFor, virtualLayout } from "./virtual-window";

const ROW = 20;

describe("the virtual window of a log list", () => {
  it("draws the rows in view and a few around them", () => {
    expect(virtualLayout(0, 400, 1000, ROW, 5)).toEqual({ scrollHeight: 20_000, first: 0, last: 25, top: 0 });
    expect(virtualLayout(2000, 400, 1000, ROW, 5)).toEqual({ scrollHeight: 20_000, first: 95, last: 125, top: 1900 });
  });

  it("draws nothing for no rows, and stops at the last row", () => {
    expect(virtualLayout(0, 400, 0, ROW).last).toBe(-1);
    expect(virtualLayout(19_600, 400, 1000, ROW, 5).last).toBe(999);
  });

  it("scales a million rows into a height every browser allows, first and last rows reachable", () => {
    const count = 1_000_000;
    const viewport = 600;
    const top = virtualLayout(0, viewport, count, ROW, 0);
    expect(top.scrollHeight).toBe(MAX_SCROLL_HEIGHT);
    expect(top.first).toBe(0);
    const bottom = virtualLayout(MAX_SCROLL_HEIGHT - viewport, viewport, count, ROW, 0);
    expect(bottom.last).toBe(count - 1);
    // The last row's bottom meets the viewport's bottom.
    expect(bottom.top + (bottom.last - bottom.first + 1) * ROW).toBeCloseTo(MAX_SCROLL_HEIGHT, 6);
    const middle = virtualLayout((MAX_SCROLL_HEIGHT - viewport) / 2, viewport, count, ROW, 0);
    expect(Math.abs(middle.first - (count * ROW - viewport) / 2 / ROW)).toBeLessThanOrEqual(1);
  });

  it("finds the scroll position that brings a row to the top, scaled or not", () => {
    expect(scrollTopFor(500 * ROW, 400, 1000, ROW)).toBe(10_000);
    const count = 1_000_000;
    const position = scrollTopFor(700_000 * ROW, 600, count, ROW);
    expect(virtualLayout(position, 600, count, ROW, 0).first).toBe(700_000);
  });
});
