/**
 * The tRPC instance and the one place access is enforced. Each procedure declares what it needs
 * with `procedure(access)` (or is a `publicProcedure`); a procedure that declares nothing is refused.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { AgentCallError, toTRPCError } from "./errors.ts";
import type { Access } from "./permissions.ts";
import { can } from "./policy.ts";

export interface Meta {
  access?: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      if (cause instanceof ZodError) {
        const issue = cause.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        return { ...shape, message: `${where}${issue?.message ?? "Invalid input"}`, data: { ...shape.data, appCode: "BAD_REQUEST" } };
      }
      const appCode = cause instanceof AgentCallError ? cause.code : null;
      return { ...shape, data: { ...shape.data, appCode } };
    },
  });

const enforceAccess = t.middleware(({ ctx, meta, next }) => {
  const access = meta?.access;
  if (!access || access === "public") throw new TRPCError({ code: "FORBIDDEN", message: "This operation declares no permission." });
  const session = ctx.session;
  if (!session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  if (access !== "signed-in" && !can(session.user, access)) {
    throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${access} permission.` });
  }
  return next({ ctx: { session } });
});

const translateAgentErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AgentCallError) throw toTRPCError(result.error.cause);
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** For signing in and first-run setup: the only procedures open to anonymous callers. */
export const publicProcedure = t.procedure.meta({ access: "public" }).use(translateAgentErrors);

export function procedure(access: Exclude<Access, "public">) {
  return t.procedure.meta({ access }).use(enforceAccess).use(translateAgentErrors);
}
