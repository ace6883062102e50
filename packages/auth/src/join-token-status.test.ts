import { describe, expect, it } from "vitest";
import { joinTokenStatus } from "./join-token-status.ts";

const now = new Date("2026-11-23T12:00:00Z");
const later = new Date("2026-11-23T13:00:00Z");
const earlier = new Date("2026-11-23T11:00:00Z");
const token = { expiresAt: later, maxUses: 1 as number | null, uses: 0, revokedAt: null as Date | null };

describe("joinTokenStatus", () => {
  it.each([
    ["unused and unexpired", token, "active"],
    ["multi-use, used many times", { ...token, maxUses: null, uses: 40 }, "active"],
    ["below its limit", { ...token, maxUses: 3, uses: 2 }, "active"],
    ["at its limit", { ...token, maxUses: 3, uses: 3 }, "used-up"],
    ["single use, used", { ...token, uses: 1 }, "used-up"],
    ["expired", { ...token, expiresAt: earlier }, "expired"],
    ["expiring this very instant", { ...token, expiresAt: now }, "expired"],
    ["used, then expired", { ...token, uses: 1, expiresAt: earlier }, "used-up"],
    ["revoked, whatever else holds", { ...token, uses: 1, expiresAt: earlier, revokedAt: earlier }, "revoked"],
  ] as const)("is %s → %s", (_, row, status) => {
    expect(joinTokenStatus(row, now)).toBe(status);
  });
});
