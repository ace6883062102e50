import { describe, expect, it } from "vitest";
import { decodeBatch, encodeBatch, type Frame } from "./frame.ts";

const AWKWARD: unknown[] = [
  "plain",
  "é ü ß 日本語 한국어 עברית العربية",
  "emoji 🐳🚢👩‍👩‍👧 and astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "lone surrogates \ud800 and \udfff survive as escapes",
  'quotes " and \\ backslashes, \n newlines, \t tabs, \u0000 NUL, \u2028 separators',
  { deep: { deeper: { deepest: [1, [2, [3, [4, { five: null }]]]] } } },
  [],
  {},
  0,
  -1.5e-300,
  Number.MAX_SAFE_INTEGER,
  true,
  null,
];

const decodeAll = (frames: Frame[]) => frames.flatMap((frame) => decodeBatch(frame.bytes));

describe("JSON batch frames", () => {
  it("round-trips awkward values, costing exactly their UTF-8 JSON length", () => {
    const frames = encodeBatch(AWKWARD, 64 * 1024);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(AWKWARD), "utf8"));
    expect(decodeAll(frames)).toEqual(AWKWARD);
  });

  it("splits a batch over the limit between values, keeping their order", () => {
    const lines = Array.from({ length: 5000 }, (_, n) => ({ n, text: `ligne ${n} 🐳 ${"x".repeat(n % 300)}` }));
    const frames = encodeBatch(lines, 16 * 1024);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(frame.bytes.byteLength).toBeLessThanOrEqual(16 * 1024);
    expect(decodeAll(frames)).toEqual(lines);
  });

  it("refuses a single value over the limit, and values that are not JSON", () => {
    expect(() => encodeBatch(["x".repeat(2000)], 1000)).toThrow("a batch value encodes to 2002 bytes of JSON, over the 1000-byte frame limit");
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => encodeBatch([cycle], 1000)).toThrow(/circular/);
    expect(() => encodeBatch([1n], 1000)).toThrow(/BigInt/);
  });

  it("refuses bytes that are not the UTF-8 JSON text of an array", () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    expect(() => decodeBatch(utf8('{"not":"an array"}'))).toThrow("a JSON batch must be an array");
    expect(() => decodeBatch(utf8("[1, 2"))).toThrow(SyntaxError);
    expect(() => decodeBatch(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))).toThrow(TypeError);
  });
});
