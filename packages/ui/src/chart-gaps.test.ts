import { describe, expect, it } from "vitest";
import { withGaps } from "./chart-gaps.ts";

describe("gaps in a chart's series", () => {
  it("break the line where the agent was away, with a null between the points around the hole", () => {
    const ts = [0, 5, 10, 15, 200, 205, 210];
    const { timestamps, columns } = withGaps(ts, [[1, 2, 3, 4, 5, 6, 7]]);
    expect(timestamps).toEqual([0, 5, 10, 15, 107.5, 200, 205, 210]);
    expect(columns[0]).toEqual([1, 2, 3, 4, null, 5, 6, 7]);
  });

  it("keep minute buckets joined to the samples that follow them, and a skipped round joined too", () => {
    const ts = [0, 60, 120, 160, 165, 170, 180, 185];
    expect(withGaps(ts, [ts.map(() => 1)]).timestamps).toEqual(ts);
  });

  it("leave a series of one or two points alone", () => {
    expect(withGaps([0], [[1]]).timestamps).toEqual([0]);
    expect(withGaps([0, 1000], [[1, 2]]).timestamps).toEqual([0, 1000]);
  });
});
