/**
 * Which audit events a reader asked for. One schema serves the audit page (over tRPC) and the
 * export route (from a query string), so both read the log the same way.
 */
import type { Database } from "@wheelhouse/db";
import { z } from "zod";

const Text = z.string().trim().max(128);

export const AuditFilter = z
  .object({
    /** A part of the username, or the whole of it with `userMatch: "exact"`. */
    user: Text.optional(),
    userMatch: z.enum(["contains", "exact"]).default("contains"),
    /** "services." for every action of a domain (a trailing dot means a prefix), or one action ("services.scale"). */
    action: Text.optional(),
    /** A part of the target, e.g. a service's ID or a username. */
    target: Text.optional(),
    outcome: z.enum(["allowed", "denied", "failed"]).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { message: "The start of the time range is after its end.", path: ["from"] });
export type AuditFilter = z.infer<typeof AuditFilter>;
export type AuditFilterInput = z.input<typeof AuditFilter>;

type AuditWhere = NonNullable<NonNullable<Parameters<Database["auditEvent"]["findMany"]>[0]>["where"]>;

export function auditWhere(filter: AuditFilter): AuditWhere {
  const { user, userMatch, action, target, outcome, from, to } = filter;
  return {
    ...(user ? { username: userMatch === "exact" ? user : { contains: user } } : {}),
    ...(action ? { action: action.endsWith(".") ? { startsWith: action } : action } : {}),
    ...(target ? { target: { contains: target } } : {}),
    ...(outcome ? { outcome } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  };
}
