/**
 * Whether a join token can still enroll a node, and if not, why. The API's list and the agent
 * gate read a token's row through this one function, so they never disagree.
 */
import type { JoinToken } from "@wheelhouse/db";

export type JoinTokenStatus = "active" | "expired" | "used-up" | "revoked";

export function joinTokenStatus(token: Pick<JoinToken, "expiresAt" | "maxUses" | "uses" | "revokedAt">, now = new Date()): JoinTokenStatus {
  // A deliberate revocation says the most; a spent token stays "used up" after its expiry passes.
  if (token.revokedAt) return "revoked";
  if (token.maxUses !== null && token.uses >= token.maxUses) return "used-up";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}
