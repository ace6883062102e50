import { describe, expect, it } from "vitest";
import { auditDetail, auditTarget } from "./describe-input.ts";

describe("how an input is described in the log", () => {
  it("names the target by its identifiers, a token's ID included", () => {
    expect(auditTarget({ tokenId: "t1", token: "wh_secret", name: "ci" })).toBe("name=ci tokenId=t1");
  });

  it("replaces secrets at any depth and keeps the identifiers that name them", () => {
    const detail = JSON.parse(auditDetail({ secretId: "s1", password: "pw", nested: [{ bindCredentials: { password: "x" }, data: "ZGF0YQ==" }] })!);
    expect(detail).toEqual({ secretId: "s1", password: "[redacted]", nested: [{ bindCredentials: "[redacted]", data: "[redacted]" }] });
  });

  it("keeps environment names and drops their values", () => {
    expect(JSON.parse(auditDetail({ env: ["TOKEN=abc", "PLAIN"] })!)).toEqual({ env: ["TOKEN=[redacted]", "PLAIN"] });
  });

  it("cuts a long input to what a row holds", () => {
    expect(auditDetail({ text: "x".repeat(10_000) })!.length).toBeLessThanOrEqual(4_001);
  });
});
