import { describe, expect, it } from "vitest";
import { jsonLines } from "./json-lines.ts";

async function collect(chunks: Array<Buffer | string>): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const value of jsonLines((async function* () { yield* chunks; })())) values.push(value);
  return values;
}

describe("jsonLines", () => {
  it("joins a value split across chunks", async () => {
    expect(await collect(['{"a":', '1}\n{"b"', ":2}\n"])).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("keeps a multi-byte character split across chunks", async () => {
    const bytes = Buffer.from('{"name":"café"}\n');
    const cut = bytes.indexOf(0xc3) + 1;
    expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([{ name: "café" }]);
  });

  it("skips blank and torn lines and reads a last line without a newline", async () => {
    expect(await collect(['\n{"a":1}\r\n', "not json\n", "\n", '{"b":2}'])).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it("reads several values in one chunk", async () => {
    expect(await collect(['{"a":1}\n{"a":2}\n{"a":3}\n'])).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });
});
