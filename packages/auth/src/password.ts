/**
 * Password hashing with argon2id (OWASP's recommended parameters) and the rules a new password
 * must meet. Hashes are self-describing PHC strings, so parameters can change without a migration.
 */
import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2;
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** What is wrong with a proposed password, in words fit to show; empty when it is acceptable. */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push("Do not include the username.");
  if (new Set(password).size < 4) problems.push("Use more than three different characters.");
  return problems;
}
