import { describe, expect, it } from "vitest";
import { parseJsonLine } from "./json-line";

describe("structured log lines", () => {
  it("reads a pino line: numeric level, message, other fields in order", () => {
    expect(parseJsonLine('{"level":50,"time":1700000000000,"pid":7,"msg":"db down","err":{"code":"ECONNREFUSED"}}')).toEqual({
      level: "error",
      levelText: "50",
      message: "db down",
      fields: [
        { key: "time", value: "1700000000000" },
        { key: "pid", value: "7" },
        { key: "err.code", value: "ECONNREFUSED" },
      ],
    });
  });

  it("knows the level words loggers use, in any case", () => {
    const level = (word: string) => parseJsonLine(JSON.stringify({ severity: word, message: "x" }))?.level;
    expect([level("WARNING"), level("warn"), level("Info"), level("DEBUG"), level("trace"), level("fatal"), level("CRITICAL")]).toEqual([
      "warn",
      "warn",
      "info",
      "debug",
      "debug",
      "error",
      "error",
    ]);
    expect(parseJsonLine('{"level":"custom"}')).toEqual({ levelText: "custom", level: undefined, fields: [] });
  });

  it("reads a nested level as ECS writes it", () => {
    expect(parseJsonLine('{"@timestamp":"t","log":{"level":"warn"},"message":"slow"}')).toMatchObject({ level: "warn", message: "slow" });
  });

  it("keeps deeper nesting as compact JSON", () => {
    expect(parseJsonLine('{"msg":"m","req":{"headers":{"a":1}},"tags":["x"]}')?.fields).toEqual([
      { key: "req.headers", value: '{"a":1}' },
      { key: "tags", value: '["x"]' },
    ]);
  });

  it("leaves other lines alone: text, arrays, broken JSON, JSON inside text, an empty object", () => {
    for (const text of ["plain text", "[1,2]", '{"unclosed": 1', 'prefix {"a":1}', "{}x", "{ }"]) {
      expect(parseJsonLine(text), text).toBeUndefined();
    }
  });

  it("accepts surrounding whitespace", () => {
    expect(parseJsonLine('  {"a":"b"}  ')).toEqual({ fields: [{ key: "a", value: "b" }] });
  });
});
