/**
 * The tRPC instance and the one place access is enforced and audited. Each procedure declares what
 * it needs with `procedure(access)` (or is a `publicProcedure`); one that declares nothing is
 * refused. Here the caller must hold the permission somewhere; which resources it reaches is for
 * the procedure to check against `ctx.access`, since only it knows the resource.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { AgentCallError, toTRPCError } from "./errors.ts";
import { auditDetail, auditTarget } from "./audit/describe-input.ts";
import { recordAudit, type AuditOutcome } from "./audit/record-audit.ts";
import type { Access } from "./permissions.ts";
import { authorizerFor } from "./policy.ts";

export interface Meta {
  access?: Access;
}

/** An error's message as a person should read it: a validation error names its first problem. */
function messageOf(error: TRPCError): string {
  const cause = error.cause;
  if (!(cause instanceof ZodError)) return error.message;
  const issue = cause.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue?.message ?? "Invalid input"}`;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      if (cause instanceof ZodError) return { ...shape, message: messageOf(error), data: { ...shape.data, appCode: "BAD_REQUEST" } };
      const appCode = cause instanceof AgentCallError ? cause.code : null;
      return { ...shape, data: { ...shape.data, appCode } };
    },
  });

const enforceAccess = t.middleware(async ({ ctx, meta, next }) => {
  const access = meta?.access;
  if (!access || access === "public") throw new TRPCError({ code: "FORBIDDEN", message: "This operation declares no permission." });
  const user = ctx.session?.user ?? ctx.apiToken?.user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  const authorizer = await authorizerFor(ctx.db, user, ctx.apiToken?.narrowTo ?? null);
  if (access === "admin" && !authorizer.isAdmin) throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators may do this." });
  if (access !== "signed-in" && access !== "admin" && !authorizer.holds(access)) {
    throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${access} permission.` });
  }
  return next({ ctx: { user, access: authorizer } });
});

function outcomeOf(code: string | undefined): AuditOutcome {
  if (code === undefined) return "allowed";
  return code === "FORBIDDEN" || code === "UNAUTHORIZED" ? "denied" : "failed";
}

/**
 * Records every state-changing call, whatever its outcome, and every read refused to a signed-in
 * caller (an anonymous read is a signed-out page, not an attempt). Writing the record must not
 * change what the caller is told, so a failed write is logged, not thrown.
 */
const audit = t.middleware(async ({ ctx, type, path, getRawInput, next }) => {
  const result = await next();
  const outcome = outcomeOf(result.ok ? undefined : result.error.code);
  const caller = ctx.session?.user ?? ctx.apiToken?.user;
  if (type !== "mutation" && (outcome !== "denied" || !caller)) return result;
  const input = await getRawInput().catch(() => undefined);
  const named = typeof (input as { username?: unknown } | undefined)?.username === "string" ? (input as { username: string }).username : null;
  // Signing in succeeds before there is a session: the user is the one whose name was given.
  const user = caller ?? (result.ok && named ? await ctx.db.user.findUnique({ where: { username: named } }) : null);
  await recordAudit(ctx.db, {
    userId: user?.id,
    username: user?.username ?? named,
    ip: ctx.client.ip,
    action: path,
    target: auditTarget(input),
    outcome,
    detail: auditDetail(input, result.ok ? undefined : messageOf(result.error)),
  }).catch((error: unknown) => console.error(`audit record for ${path} failed`, error));
  return result;
});

const translateAgentErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AgentCallError) throw toTRPCError(result.error.cause);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** For signing in and first-run setup: the only procedures open to anonymous callers. */
export const publicProcedure = t.procedure.meta({ access: "public" }).use(audit).use(translateAgentErrors);

export function procedure(access: Exclude<Access, "public">) {
  return t.procedure.meta({ access }).use(audit).use(enforceAccess).use(translateAgentErrors);
}
