import { describe, expect, it } from "vitest";
import { RingBuffer } from "./ring-buffer.ts";
import { createRecentWindow } from "./recent-window.ts";

describe("the ring buffer", () => {
  it("keeps the newest items up to its capacity, oldest first", () => {
    const ring = new RingBuffer<number>(3);
    expect(ring.toArray()).toEqual([]);
    for (const n of [1, 2, 3, 4, 5]) ring.push(n);
    expect(ring.toArray()).toEqual([3, 4, 5]);
    expect(ring.length).toBe(3);
    expect(ring.last()).toBe(5);
  });

  it("refuses a capacity that is not a positive whole number", () => {
    expect(() => new RingBuffer(0)).toThrow(/positive whole capacity/);
  });
});

describe("the recent window", () => {
  it("holds an hour of 5 s points per series and no more", () => {
    const window = createRecentWindow<{ ts: number }>();
    for (let i = 0; i < 1_000; i++) window.add("node:a", { ts: i * 5_000 });
    const points = window.points("node:a");
    expect(points).toHaveLength(720);
    expect(points[0]?.ts).toBe(280 * 5_000);
    expect(window.points("node:a", 995 * 5_000).map((p) => p.ts)).toEqual([995, 996, 997, 998, 999].map((i) => i * 5_000));
  });

  it("ignores a point older than the series' newest, and forgets series that went quiet", () => {
    const window = createRecentWindow<{ ts: number }>({ windowMs: 60_000, intervalMs: 5_000 });
    window.add("container:x", { ts: 10_000 });
    window.add("container:x", { ts: 5_000 });
    window.add("container:y", { ts: 100_000 });
    expect(window.points("container:x")).toEqual([{ ts: 10_000 }]);
    window.prune(100_000);
    expect(window.seriesCount).toBe(1);
    expect(window.points("container:x")).toEqual([]);
  });
});
