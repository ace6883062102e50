import { describe, expect, it } from "vitest";
import { visibleCounts } from "./visible-counts.ts";

const counts = { containersRunning: 3, containersPaused: 1, containersStopped: 2, images: 7, volumes: 4, networks: 5 };

describe("visibleCounts", () => {
  it("keeps every count for a caller who may list every kind on the node", () => {
    expect(visibleCounts(counts, () => true)).toEqual(counts);
  });

  it("leaves out the counts of each kind the caller may not list", () => {
    const may = (permission: string) => permission === "image.view" || permission === "network.view";
    expect(visibleCounts(counts, may)).toEqual({ containersRunning: null, containersPaused: null, containersStopped: null, images: 7, volumes: null, networks: 5 });
  });
});
