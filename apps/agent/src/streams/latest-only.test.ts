import { describe, expect, it } from "vitest";
import { latestOnly } from "./latest-only.ts";

describe("a mailbox of one", () => {
  it("hands each value over once, and replaces a value nobody took with the newer one", async () => {
    const box = latestOnly<number>();
    const values = box.values();
    box.put(1);
    expect((await values.next()).value).toEqual([1]);
    box.put(2);
    box.put(3);
    box.put(4);
    expect((await values.next()).value).toEqual([4]);
    expect(box.skipped).toBe(2);
    const waiting = values.next();
    box.put(5);
    expect((await waiting).value).toEqual([5]);
  });

  it("ends after the waiting value is taken", async () => {
    const box = latestOnly<string>();
    const values = box.values();
    box.put("last");
    box.end();
    box.put("too late");
    expect((await values.next()).value).toEqual(["last"]);
    expect((await values.next()).done).toBe(true);
  });
});
