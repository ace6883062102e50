import { LogSubscription } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, localInputToRfc3339, rfc3339ToLocalInput, subscriptionOf, withRange } from "./log-settings";

const target = { kind: "service", swarmId: "s1", serviceId: "svc1" } as const;

describe("log view settings", () => {
  it("make a subscription the protocol accepts, with the defaults", () => {
    const subscription = subscriptionOf(target, DEFAULT_SETTINGS);
    expect(LogSubscription.parse(subscription)).toMatchObject({ target, tail: 1000, follow: true, streams: ["stdout", "stderr"] });
    expect(subscriptionOf(target, { ...DEFAULT_SETTINGS, tail: null })).not.toHaveProperty("tail");
  });

  it("send the search to the server only when showing matching lines alone", () => {
    const search = { pattern: "error", regex: false, caseSensitive: false };
    expect(subscriptionOf(target, { ...DEFAULT_SETTINGS, search }).search).toEqual(search);
    expect(subscriptionOf(target, { ...DEFAULT_SETTINGS, search, onlyMatching: false })).not.toHaveProperty("search");
  });

  it("turn a relative range into its start, and any time into none", () => {
    const now = Date.parse("2026-11-23T12:00:00Z");
    const lastHour = withRange(DEFAULT_SETTINGS, "1h", now);
    expect(lastHour.since).toBe("2026-11-23T11:00:00.000Z");
    expect(LogSubscription.parse(subscriptionOf(target, lastHour)).since).toBe("2026-11-23T11:00:00.000Z");
    expect(withRange({ ...lastHour, until: "2026-11-23T11:30:00.000Z" }, "any", now)).not.toHaveProperty("since");
    expect(withRange(lastHour, "custom", now).since).toBe(lastHour.since);
  });

  it("convert datetime-local values both ways", () => {
    const rfc = localInputToRfc3339("2026-11-23T13:54:15");
    expect(rfc).toMatch(/^2026-11-2\dT\d\d:54:15\.000Z$/);
    expect(rfc3339ToLocalInput(rfc)).toBe("2026-11-23T13:54:15");
    expect(localInputToRfc3339("")).toBeUndefined();
    expect(localInputToRfc3339("not a date")).toBeUndefined();
  });
});
