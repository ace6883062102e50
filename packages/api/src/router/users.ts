/**
 * Administering accounts: local ones made here, directory ones made at their first sign-in. An
 * account's grants, team memberships, sessions and API tokens go with it when it is deleted.
 */
import { TRPCError } from "@trpc/server";
import { hashPassword } from "@wheelhouse/auth";
import { z } from "zod";
import { assertNotSelf, assertOtherAdminRemains } from "../users/admin-guard.ts";
import { DisplayName, Email, PasswordInput, Username } from "../users/fields.ts";
import { liveSessions, liveSessionWhere } from "../users/live-sessions.ts";
import { assertPasswordAcceptable } from "../users/new-password.ts";
import type { Context } from "../context.ts";
import { procedure, router } from "../trpc.ts";

const UserId = z.string().min(1);

async function userOrThrow(db: Context["db"], id: string) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
  return user;
}

export const usersRouter = router({
  list: procedure("admin").query(async ({ ctx }) => {
    const users = await ctx.db.user.findMany({
      orderBy: { username: "asc" },
      include: {
        teamMemberships: { include: { team: { select: { id: true, name: true } } } },
        _count: { select: { sessions: { where: liveSessionWhere(ctx.sessionPolicy) } } },
      },
    });
    const now = new Date();
    return users.map((user) => ({
      id: user.id,
      username: user.username,
      source: user.source === "ldap" ? ("ldap" as const) : ("local" as const),
      displayName: user.displayName,
      email: user.email,
      isAdmin: user.isAdmin,
      disabled: user.disabled,
      lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null,
      lastLoginAt: user.lastLoginAt,
      createdAt: user.createdAt,
      teams: user.teamMemberships.map((m) => m.team).sort((a, b) => a.name.localeCompare(b.name)),
      activeSessions: user._count.sessions,
      isYou: user.id === ctx.user.id,
    }));
  }),

  create: procedure("admin")
    .input(z.object({ username: Username, password: PasswordInput, displayName: DisplayName.optional(), email: Email.optional(), isAdmin: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      assertPasswordAcceptable(input.password, input.username);
      if (await ctx.db.user.findUnique({ where: { username: input.username } })) {
        throw new TRPCError({ code: "CONFLICT", message: `A user named ${input.username} exists already.` });
      }
      const user = await ctx.db.user.create({
        data: {
          username: input.username,
          source: "local",
          passwordHash: await hashPassword(input.password),
          displayName: input.displayName || null,
          email: input.email || null,
          isAdmin: input.isAdmin,
        },
      });
      return { id: user.id, username: user.username };
    }),

  /** Disabling ends the user's sessions at once; their API tokens stop working while the account stays disabled. */
  update: procedure("admin")
    .input(z.object({ id: UserId, displayName: DisplayName.optional(), email: Email.optional(), isAdmin: z.boolean().optional(), disabled: z.boolean().optional() }))
    .mutation(async ({ ctx, input }) => {
      const demoting = input.isAdmin === false;
      const disabling = input.disabled === true;
      if (demoting) assertNotSelf(ctx.user.id, input.id, "demote");
      if (disabling) assertNotSelf(ctx.user.id, input.id, "disable");
      await ctx.db.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: input.id } });
        if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
        if (demoting) await assertOtherAdminRemains(tx, user, "demote");
        if (disabling) await assertOtherAdminRemains(tx, user, "disable");
        await tx.user.update({
          where: { id: user.id },
          data: {
            displayName: input.displayName === undefined ? undefined : input.displayName || null,
            email: input.email === undefined ? undefined : input.email || null,
            isAdmin: input.isAdmin,
            disabled: input.disabled,
          },
        });
        if (disabling) await tx.session.deleteMany({ where: { userId: user.id } });
      });
    }),

  setPassword: procedure("admin")
    .input(z.object({ id: UserId, password: PasswordInput }))
    .mutation(async ({ ctx, input }) => {
      const user = await userOrThrow(ctx.db, input.id);
      if (user.source !== "local") throw new TRPCError({ code: "BAD_REQUEST", message: `${user.username} signs in with the directory; change the password there.` });
      assertPasswordAcceptable(input.password, user.username);
      await ctx.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password), failedLogins: 0, lockedUntil: null } });
    }),

  /** Lets a user locked out by wrong passwords try again now rather than when the lock runs out. */
  unlock: procedure("admin")
    .input(z.object({ id: UserId }))
    .mutation(async ({ ctx, input }) => {
      const updated = await ctx.db.user.updateMany({ where: { id: input.id }, data: { failedLogins: 0, lockedUntil: null } });
      if (updated.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
    }),

  /** A user's live browser sessions; none for an unknown user. */
  sessions: procedure("admin")
    .input(z.object({ id: UserId }))
    .query(({ ctx, input }) => liveSessions(ctx.db, input.id, ctx.sessionPolicy)),

  /** Ends one of the user's sessions, or all of them; their browsers are sent to sign in again. */
  revokeSessions: procedure("admin")
    .input(z.object({ id: UserId, sessionId: z.string().min(1).optional() }))
    .mutation(async ({ ctx, input }) => {
      await userOrThrow(ctx.db, input.id);
      const ended = await ctx.db.session.deleteMany({ where: { userId: input.id, id: input.sessionId } });
      if (input.sessionId && ended.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "That session has ended already." });
      return { ended: ended.count };
    }),

  delete: procedure("admin")
    .input(z.object({ id: UserId }))
    .mutation(async ({ ctx, input }) => {
      assertNotSelf(ctx.user.id, input.id, "delete");
      await ctx.db.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id: input.id } });
        if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
        await assertOtherAdminRemains(tx, user, "delete");
        await tx.user.delete({ where: { id: user.id } });
      });
    }),
});
