/**
 * Random bearer secrets (session cookies, agent credentials, setup codes). Only their SHA-256 is
 * ever stored: the secrets are long and random, so a slow hash would add nothing.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
