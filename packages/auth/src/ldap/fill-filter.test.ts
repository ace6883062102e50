import { describe, expect, it } from "vitest";
import { fillFilter } from "./fill-filter.ts";

describe("fillFilter", () => {
  it("puts a plain username in place", () => {
    expect(fillFilter("(uid={username})", { username: "alice" })).toBe("(uid=alice)");
  });

  it("escapes filter syntax so a username cannot widen the search (RFC 4515)", () => {
    expect(fillFilter("(uid={username})", { username: "*)(uid=*" })).toBe("(uid=\\2a\\29\\28uid=\\2a)");
    expect(fillFilter("(uid={username})", { username: "a\\b\0" })).toBe("(uid=a\\5cb\\00)");
  });

  it("escapes a DN put into a member filter", () => {
    expect(fillFilter("(member={dn})", { dn: "cn=Smith\\, John,dc=x" })).toBe("(member=cn=Smith\\5c, John,dc=x)");
  });

  it("refuses a placeholder it has no value for", () => {
    expect(() => fillFilter("(uid={user})", { username: "alice" })).toThrow(/names \{user\}/);
  });
});
