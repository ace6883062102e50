import { describe, expect, it } from "vitest";
import { readYaml } from "./yaml-source.ts";

describe("readYaml", () => {
  it("reports a syntax error with its line and column", () => {
    const source = readYaml("services:\n  web:\n    image: [nginx\n");
    expect(source.ok).toBe(false);
    if (source.ok) return;
    expect(source.problems[0]).toMatchObject({ path: "", line: 4 });
  });

  it("reports a duplicate key where the second one is", () => {
    const source = readYaml("services:\n  web: {}\n  web: {}\n");
    expect(source.ok).toBe(false);
    if (source.ok) return;
    expect(source.problems).toEqual([{ path: "", line: 3, column: 3, message: expect.stringContaining("unique") }]);
  });

  it("reads leading-zero numbers as octal, as Go's yaml does, and merges << keys", () => {
    const source = readYaml("x-base: &base\n  image: nginx\nweb:\n  <<: *base\n  mode: 0440\n");
    expect(source.ok && source.value).toEqual({ "x-base": { image: "nginx" }, web: { image: "nginx", mode: 0o440 } });
  });

  it("locates keys, list items, and values merged in or missing at their nearest written ancestor", () => {
    const source = readYaml("x-base: &base\n  image: nginx\nservices:\n  web:\n    <<: *base\n    ports:\n      - 80\n      - 81\n");
    if (!source.ok) throw new Error("should parse");
    expect(source.locate(["services", "web", "ports", 1])).toEqual({ line: 8, column: 9 });
    expect(source.locate(["services", "web"])).toEqual({ line: 4, column: 3 });
    expect(source.locate(["services", "web", "image"])).toEqual({ line: 4, column: 3 });
    expect(source.locate(["services", "web", "deploy", "replicas"])).toEqual({ line: 4, column: 3 });
  });
});
