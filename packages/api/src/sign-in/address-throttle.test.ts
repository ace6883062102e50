import { describe, expect, it } from "vitest";
import { AddressThrottle } from "./address-throttle.ts";

describe("the per-address throttle", () => {
  it("refuses an address at the limit until its oldest counted failure leaves the window", () => {
    const throttle = new AddressThrottle({ attempts: 3, windowMs: 1000 });
    for (const at of [0, 100, 200]) throttle.recordFailure("a", at);
    expect(throttle.waitFor("a", 300)).toBe(700);
    expect(throttle.waitFor("b", 300)).toBe(0);
    expect(throttle.waitFor("a", 1000)).toBe(0);
    throttle.recordFailure("a", 1000);
    expect(throttle.waitFor("a", 1050)).toBe(50);
  });
});
