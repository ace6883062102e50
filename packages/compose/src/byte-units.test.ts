import { describe, expect, it } from "vitest";
import { parseBytes } from "./byte-units.ts";

const bytes = (written: string | number) => {
  const parsed = parseBytes(written);
  return parsed.ok ? parsed.value : parsed.message;
};

describe("parseBytes", () => {
  it("reads sizes in powers of 1024, as docker does", () => {
    expect(bytes("512M")).toBe(536870912);
    expect(bytes("1g")).toBe(1073741824);
    expect(bytes("1.5GB")).toBe(1610612736);
    expect(bytes("64 MiB")).toBe(67108864);
    expect(bytes("100k")).toBe(102400);
    expect(bytes("2048")).toBe(2048);
    expect(bytes("10b")).toBe(10);
    expect(bytes(1048576)).toBe(1048576);
  });

  it("refuses what isn't a size", () => {
    expect(bytes("512X")).toMatch(/not a size/);
    expect(bytes("-1g")).toMatch(/not a size/);
    expect(bytes("g")).toMatch(/not a size/);
    expect(bytes("1.2.3m")).toMatch(/not a size/);
    expect(bytes(1.5)).toMatch(/whole number/);
    expect(bytes(-1)).toMatch(/whole number/);
    expect(bytes("99999999p")).toMatch(/more than/);
  });
});
