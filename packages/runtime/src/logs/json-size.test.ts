import { describe, expect, it } from "vitest";
import { lineJsonBytes } from "./json-size.ts";

const asJson = (text: string) => Buffer.byteLength(JSON.stringify({ ts: "2026-11-23T15:42:41.951721220Z", stream: "stdout", text, source: "0123456789ab", truncated: true }));

describe("a line's size as JSON", () => {
  it.each(["", "plain text 123", 'a "quoted" \\ value', "\u001b[31mred\u001b[0m", "\u0000".repeat(100), "日本語のログ", "🎉".repeat(50), '{"level":"info","msg":"ok"}'])("is never underestimated: %j", (text) => {
    expect(lineJsonBytes(text)).toBeGreaterThanOrEqual(asJson(text));
  });

  it("is exact, but for its fields, for plain text", () => {
    expect(lineJsonBytes("x".repeat(1000)) - lineJsonBytes("")).toBe(1000);
  });
});
