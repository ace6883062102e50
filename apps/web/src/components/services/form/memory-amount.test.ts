import { describe, expect, it } from "vitest";
import { formatMemory, parseMemory } from "./memory-amount";

describe("memory amounts", () => {
  it("reads units as the docker CLI does, in binary", () => {
    expect(parseMemory("512M")).toBe(512 * 1024 ** 2);
    expect(parseMemory("1g")).toBe(1024 ** 3);
    expect(parseMemory("1.5GiB")).toBe(1.5 * 1024 ** 3);
    expect(parseMemory("2048")).toBe(2048);
  });

  it("refuses what is not an amount", () => {
    expect(parseMemory("lots")).toBeUndefined();
    expect(parseMemory("5 X")).toBeUndefined();
  });

  it("writes the largest unit that divides exactly, so it reads back the same", () => {
    expect(formatMemory(512 * 1024 ** 2)).toBe("512M");
    expect(formatMemory(1.5 * 1024 ** 3)).toBe("1536M");
    expect(formatMemory(1000)).toBe("1000");
    expect(formatMemory(undefined)).toBe("");
    expect(parseMemory(formatMemory(3 * 1024 ** 3))).toBe(3 * 1024 ** 3);
  });
});
