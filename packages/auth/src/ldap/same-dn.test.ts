import { describe, expect, it } from "vitest";
import { normalDn } from "./same-dn.ts";

describe("normalDn", () => {
  it("ignores case and spaces around separators", () => {
    expect(normalDn(" CN=Payments, OU=Groups ,dc=Wheelhouse,dc=test")).toBe("cn=payments,ou=groups,dc=wheelhouse,dc=test");
  });
});
