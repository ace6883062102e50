import { describe, expect, it } from "vitest";
import { validNodeName } from "./node-name.ts";

describe("validNodeName", () => {
  it.each([
    ["db-1", "db-1"],
    ["ip-10-0-0-7.eu-west-1.compute.internal", "ip-10-0-0-7.eu-west-1.compute.internal"],
    ["_gateway", "gateway"],
    ["build box #2", "build-box-2"],
    ["x".repeat(80), "x".repeat(64)],
    ["", "node"],
    ["---", "node"],
    [undefined, "node"],
  ])("makes %j into %j", (wanted, name) => {
    expect(validNodeName(wanted)).toBe(name);
  });
});
