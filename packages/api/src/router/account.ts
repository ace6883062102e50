/**
 * The caller's own account: profile, password, browser sessions and API tokens. Whoever is
 * signed in may use these, on themselves only. Changing the password and making tokens need a
 * browser session: a leaked token must not be able to take the account over or copy itself.
 */
import { TRPCError } from "@trpc/server";
import { hashPassword, newApiToken, verifyPassword } from "@wheelhouse/auth";
import { z } from "zod";
import type { Context } from "../context.ts";
import { PasswordInput, TokenLifetime, TokenName } from "../users/fields.ts";
import { liveSessions } from "../users/live-sessions.ts";
import { assertPasswordAcceptable } from "../users/new-password.ts";
import { apiTokensOf } from "../users/token-view.ts";
import { procedure, router } from "../trpc.ts";

const DAY_MS = 24 * 60 * 60_000;

function browserSessionOnly(ctx: Context, what: string) {
  if (ctx.apiToken || !ctx.session) throw new TRPCError({ code: "FORBIDDEN", message: `${what} from a browser session, not with an API token.` });
  return ctx.session;
}

export const accountRouter = router({
  me: procedure("signed-in").query(async ({ ctx }) => {
    const teams = await ctx.db.team.findMany({ where: { members: { some: { userId: ctx.user.id } } }, orderBy: { name: "asc" }, select: { id: true, name: true, description: true } });
    const { id, username, source, displayName, email, isAdmin, lastLoginAt, createdAt } = ctx.user;
    const sessionLimits = { idleMinutes: Math.round(ctx.sessionPolicy.idleMs / 60_000), absoluteHours: Math.round(ctx.sessionPolicy.absoluteMs / 3_600_000) };
    return { id, username, source, displayName, email, isAdmin, lastLoginAt, createdAt, teams, sessionLimits, viaApiToken: ctx.apiToken !== null };
  }),

  /** Ends every other session of the user: whoever else knew the old password is signed out. */
  changePassword: procedure("signed-in")
    .input(z.object({ currentPassword: PasswordInput, newPassword: PasswordInput }))
    .mutation(async ({ ctx, input }) => {
      const session = browserSessionOnly(ctx, "Change your password");
      const user = ctx.user;
      if (user.source !== "local" || !user.passwordHash) throw new TRPCError({ code: "BAD_REQUEST", message: "You sign in with the directory; change your password there." });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new TRPCError({ code: "BAD_REQUEST", message: "Your current password is not right." });
      if (input.newPassword === input.currentPassword) throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a password different from the current one." });
      assertPasswordAcceptable(input.newPassword, user.username);
      await ctx.db.$transaction([
        ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } }),
        ctx.db.session.deleteMany({ where: { userId: user.id, id: { not: session.sessionId } } }),
      ]);
    }),

  sessions: procedure("signed-in").query(async ({ ctx }) => {
    const sessions = await liveSessions(ctx.db, ctx.user.id, ctx.sessionPolicy);
    return sessions.map((s) => ({ ...s, current: s.id === ctx.session?.sessionId }));
  }),

  endSession: procedure("signed-in")
    .input(z.object({ sessionId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const ended = await ctx.db.session.deleteMany({ where: { id: input.sessionId, userId: ctx.user.id } });
      if (ended.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "That session has ended already." });
      if (input.sessionId === ctx.session?.sessionId) ctx.sessionCookie.clear();
    }),

  /** Signs the user out everywhere, this browser included. */
  endAllSessions: procedure("signed-in").mutation(async ({ ctx }) => {
    const ended = await ctx.db.session.deleteMany({ where: { userId: ctx.user.id } });
    if (ctx.session) ctx.sessionCookie.clear();
    return { ended: ended.count };
  }),

  apiTokens: procedure("signed-in").query(({ ctx }) => apiTokensOf(ctx.db, ctx.user.id)),

  /** The roles a token may be narrowed to: any role, since a token never exceeds its user anyway. */
  tokenRoles: procedure("signed-in").query(({ ctx }) =>
    ctx.db.role.findMany({ orderBy: [{ builtIn: "desc" }, { name: "asc" }], select: { id: true, name: true, description: true, builtIn: true } }),
  ),

  /** Returns the token this once; only its hash is kept. */
  createApiToken: procedure("signed-in")
    .input(z.object({ name: TokenName, expiresInDays: TokenLifetime, roleId: z.string().min(1).nullable().default(null) }))
    .mutation(async ({ ctx, input }) => {
      browserSessionOnly(ctx, "Create API tokens");
      if (input.roleId && !(await ctx.db.role.findUnique({ where: { id: input.roleId }, select: { id: true } }))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "That role no longer exists; pick another." });
      }
      const clash = await ctx.db.apiToken.findFirst({ where: { userId: ctx.user.id, name: input.name, revokedAt: null }, select: { expiresAt: true } });
      if (clash && (!clash.expiresAt || clash.expiresAt > new Date())) {
        throw new TRPCError({ code: "CONFLICT", message: `You have a live token named ${input.name} already; revoke it or choose another name.` });
      }
      const { token, tokenHash } = newApiToken();
      const expiresAt = input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * DAY_MS);
      const created = await ctx.db.apiToken.create({ data: { userId: ctx.user.id, name: input.name, tokenHash, roleId: input.roleId, expiresAt } });
      return { id: created.id, name: created.name, token, expiresAt, exampleUrl: `${ctx.publicUrl.replace(/\/+$/, "")}/api/trpc/nodes.list` };
    }),

  revokeApiToken: procedure("signed-in")
    .input(z.object({ id: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const revoked = await ctx.db.apiToken.updateMany({ where: { id: input.id, userId: ctx.user.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (revoked.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such live token of yours." });
    }),
});
