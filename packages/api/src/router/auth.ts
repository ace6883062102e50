/** Signing in and out, and first-run setup of the administrator account. */
import { TRPCError } from "@trpc/server";
import { createSession, endSession, hashPassword, passwordProblems, PERMISSION_NAMES, retireSetupCode, setupCodeMatches } from "@wheelhouse/auth";
import { z } from "zod";
import type { Context } from "../context.ts";
import { authorizerFor } from "../policy.ts";
import { checkSignIn } from "../sign-in/check-sign-in.ts";
import { procedure, publicProcedure, router } from "../trpc.ts";
import { PasswordInput as Password, Username } from "../users/fields.ts";


async function signIn(ctx: Context, userId: string) {
  const { token, maxAgeSeconds } = await createSession(ctx.db, userId, ctx.sessionPolicy, {
    ipAddress: ctx.client.ip,
    userAgent: ctx.client.userAgent,
  });
  ctx.sessionCookie.set(token, maxAgeSeconds);
}

export const authRouter = router({
  /** Whether setup is needed, and who is signed in with what they hold somewhere, so the UI can hide what they may not do. */
  status: publicProcedure.query(async ({ ctx }) => {
    const user = ctx.session?.user;
    const access = user ? await authorizerFor(ctx.db, user) : null;
    return {
      setupRequired: (await ctx.db.user.count()) === 0,
      user: user && access ? { id: user.id, username: user.username, isAdmin: access.isAdmin, permissions: PERMISSION_NAMES.filter((p) => access.holds(p)) } : null,
    };
  }),

  setup: publicProcedure
    .input(z.object({ setupCode: z.string().trim().min(1, "Enter the setup code from the server log.").max(64), username: Username, password: Password }))
    .mutation(async ({ ctx, input }) => {
      if ((await ctx.db.user.count()) > 0) throw new TRPCError({ code: "CONFLICT", message: "Wheelhouse is already set up; sign in instead." });
      if (!(await setupCodeMatches(ctx.db, input.setupCode))) {
        throw new TRPCError({ code: "FORBIDDEN", message: "That setup code is not the one in the server log." });
      }
      const problems = passwordProblems(input.password, input.username);
      if (problems.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
      const user = await ctx.db.user.create({ data: { username: input.username, passwordHash: await hashPassword(input.password), isAdmin: true } });
      await retireSetupCode(ctx.db);
      await signIn(ctx, user.id);
      return { username: user.username };
    }),

  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1, "Enter your username.").max(64), password: Password }))
    .mutation(async ({ ctx, input }) => {
      const user = await checkSignIn(ctx, input.username, input.password);
      await signIn(ctx, user.id);
      return { username: user.username };
    }),

  logout: procedure("signed-in").mutation(async ({ ctx }) => {
    if (!ctx.session) throw new TRPCError({ code: "BAD_REQUEST", message: "Only a browser session can sign out; revoke an API token instead." });
    await endSession(ctx.db, ctx.session.sessionId);
    ctx.sessionCookie.clear();
    return null;
  }),
});
