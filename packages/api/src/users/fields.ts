/**
 * The input rules for accounts and teams, shared by the users, teams and account routers. The
 * username rule is the one first-run setup applies (router/auth.ts), so every account obeys it.
 */
import { PASSWORD_MAX_LENGTH } from "@wheelhouse/auth";
import { z } from "zod";

export const Username = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(64, "Use at most 64 characters.")
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores.");

/** A password as typed; whether it is good enough is passwordProblems' call, which knows the username. */
export const PasswordInput = z.string().min(1, "Enter a password.").max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const DisplayName = z.string().trim().max(128, "Keep the name under 128 characters.");

export const Email = z.string().trim().pipe(z.union([z.literal(""), z.email("Enter an email address like ana@example.com.").max(254)]));

export const TeamName = z
  .string()
  .trim()
  .min(1, "Name the team.")
  .max(64, "Keep the name under 64 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "Use letters, digits, spaces, dots, dashes and underscores.");

export const TeamDescription = z.string().trim().max(500, "Keep the description under 500 characters.");

/** A directory group's distinguished name, e.g. cn=ops,ou=groups,dc=example,dc=com; stored as given. */
export const GroupDn = z.string().trim().min(3, "Enter the group's DN, e.g. cn=ops,ou=groups,dc=example,dc=com.").max(1024).includes("=", { message: "A DN looks like cn=ops,ou=groups,dc=example,dc=com." });

/** How long a new API token lives, in days; null for a token that never expires. */
export const TOKEN_LIFETIME_DAYS = [7, 30, 90, 365] as const;
export const TokenLifetime = z.union([z.literal(7), z.literal(30), z.literal(90), z.literal(365), z.null()]);

export const TokenName = z.string().trim().min(1, "Name the token after what uses it, e.g. ci-deploy.").max(64, "Keep the name under 64 characters.");
