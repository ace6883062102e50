import { describe, expect, it } from "vitest";
import { decodeBatch, encodeBatch, handOverBatch, type Frame } from "./frame.ts";
import { jsonSize } from "./json-size.ts";

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

const bytesOf = (frame: Frame | undefined): Uint8Array => {
  if (frame?.kind !== "json") throw new Error(`expected a JSON frame, not ${frame?.kind}`);
  return frame.bytes;
};
const decodeAll = (frames: Frame[]) => frames.flatMap((frame) => decodeBatch(bytesOf(frame)));

describe("JSON batch frames", () => {
  it("round-trips awkward values, costing exactly their UTF-8 JSON length", () => {
    const frames = encodeBatch(AWKWARD, 64 * 1024);
    expect(frames).toHaveLength(1);
    expect(bytesOf(frames[0]).byteLength).toBe(Buffer.byteLength(JSON.stringify(AWKWARD), "utf8"));
    expect(decodeAll(frames)).toEqual(AWKWARD);
  });

  it("splits a batch over the limit between values, keeping their order", () => {
    const lines = Array.from({ length: 5000 }, (_, n) => ({ n, text: `ligne ${n} 🐳 ${"x".repeat(n % 300)}` }));
    const frames = encodeBatch(lines, 16 * 1024);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(bytesOf(frame).byteLength).toBeLessThanOrEqual(16 * 1024);
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

describe("batches handed over in process", () => {
  it("cost exactly their JSON's length when their text is ASCII with nothing to escape", () => {
    const values = [{ ts: "2026-11-23T18:00:00.000000001Z", stream: "stdout", text: "GET /health 200", skipped: undefined }, [1, -2.5, 1e21, 0.1], [], {}, [undefined, null, true, false], "plain"];
    expect(jsonSize(values)).toBe(JSON.stringify(values).length);
  });

  it("are split and refused as encoded batches are, and keep their values, not copies", () => {
    const lines = Array.from({ length: 5000 }, (_, n) => ({ n, text: `line ${n} ${"x".repeat(n % 300)}` }));
    const frames = handOverBatch(lines, 16 * 1024);
    expect(frames.length).toBe(encodeBatch(lines, 16 * 1024).length);
    expect(frames.flatMap((frame) => (frame.kind === "values" ? frame.values : []))).toEqual(lines);
    expect(frames[0]?.kind === "values" && frames[0].values[0]).toBe(lines[0]);
    expect(() => handOverBatch(["x".repeat(2000)], 1000)).toThrow("a batch value encodes to 2002 bytes of JSON, over the 1000-byte frame limit");
  });

  it("refuse what is not JSON", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => handOverBatch([cycle], 1000)).toThrow(/circular/);
    expect(() => handOverBatch([1n], 1000)).toThrow(/bigint is not JSON/);
    expect(() => handOverBatch([new Date()], 1000)).toThrow(/plain objects/);
    expect(() => handOverBatch([() => 1], 1000)).toThrow(/function is not JSON/);
  });
});
