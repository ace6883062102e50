import { describe, expect, it } from "vitest";
import { parseNanoCpus } from "./nano-cpus.ts";

const nanos = (written: string | number) => {
  const parsed = parseNanoCpus(written);
  return parsed.ok ? parsed.value : parsed.message;
};

describe("parseNanoCpus", () => {
  it("reads CPU counts as NanoCPUs", () => {
    expect(nanos("0.5")).toBe(5e8);
    expect(nanos(0.5)).toBe(5e8);
    expect(nanos("0.1")).toBe(1e8);
    expect(nanos(2)).toBe(2e9);
    expect(nanos(20)).toBe(20e9);
    expect(nanos("1.25")).toBe(1.25e9);
    expect(nanos(".5")).toBe(5e8);
    expect(nanos("0.000000001")).toBe(1);
  });

  it("refuses what isn't a CPU count", () => {
    expect(nanos("half")).toMatch(/not a number of CPUs/);
    expect(nanos("-1")).toMatch(/not a number of CPUs/);
    expect(nanos("0.0000000001")).toMatch(/too precise/);
  });
});
