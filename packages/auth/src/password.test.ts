import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblems, verifyPassword } from "./password.ts";

describe("passwords", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "correct horse battery")).toBe(true);
    expect(await verifyPassword(stored, "correct horse batterY")).toBe(false);
  });

  it("treats a malformed stored hash as a mismatch, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("explains what a weak password lacks", () => {
    expect(passwordProblems("short")).toContain("Use at least 10 characters.");
    expect(passwordProblems("admin-password-1", "admin")).toContain("Do not include the username.");
    expect(passwordProblems("aaaaaaaaaaaa")).toContain("Use more than three different characters.");
    expect(passwordProblems("a sound passphrase", "admin")).toEqual([]);
  });
});
