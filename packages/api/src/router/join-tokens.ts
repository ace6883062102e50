/**
 * Join tokens: what an administrator hands to new hosts so that their agents can enroll. A token is
 * shown once, when created, with the command that uses it; only its hash is kept.
 */
import { TRPCError } from "@trpc/server";
import { hashToken, joinTokenStatus, newToken } from "@wheelhouse/auth";
import { z } from "zod";
import { procedure, router } from "../trpc.ts";

const MINUTE_MS = 60_000;
const MAX_EXPIRY_MINUTES = 30 * 24 * 60;

const CreateJoinToken = z.object({
  label: z.string().trim().min(1, "Say what the token is for, e.g. the hosts it will enroll.").max(80, "Keep the label under 80 characters."),
  expiresInMinutes: z.number().int().min(5, "A join token lasts 5 minutes at least.").max(MAX_EXPIRY_MINUTES, "A join token lasts 30 days at most."),
  singleUse: z.boolean(),
});

/**
 * What to run on the new host; a token is base64url and the URL validated at start-up, so nothing
 * needs quoting. The `=` keeps a token that begins with "-" (one in 64) from reading as a flag.
 */
function agentCommand(publicUrl: string, token: string): string {
  return `npx wheelhouse-agent --server ${publicUrl} --join-token=${token}`;
}

export const joinTokensRouter = router({
  create: procedure("admin")
    .input(CreateJoinToken)
    .mutation(async ({ ctx, input }) => {
      const token = newToken();
      const created = await ctx.db.joinToken.create({
        data: {
          tokenHash: hashToken(token),
          label: input.label,
          expiresAt: new Date(Date.now() + input.expiresInMinutes * MINUTE_MS),
          maxUses: input.singleUse ? 1 : null,
          createdById: ctx.user.id,
        },
      });
      return { id: created.id, label: created.label, expiresAt: created.expiresAt, singleUse: input.singleUse, token, command: agentCommand(ctx.publicUrl, token) };
    }),

  /** Every token with what became of it; never the token itself, which is not kept. */
  list: procedure("admin").query(async ({ ctx }) => {
    const tokens = await ctx.db.joinToken.findMany({ orderBy: { createdAt: "desc" }, include: { createdBy: { select: { username: true } } } });
    const now = new Date();
    return tokens.map((token) => ({
      id: token.id,
      label: token.label,
      status: joinTokenStatus(token, now),
      singleUse: token.maxUses === 1,
      uses: token.uses,
      createdAt: token.createdAt,
      createdBy: token.createdBy?.username ?? null,
      expiresAt: token.expiresAt,
      revokedAt: token.revokedAt,
    }));
  }),

  /** No agent can join with the token any more; nodes that joined with it keep their own credentials. */
  revoke: procedure("admin")
    .input(z.object({ id: z.string().min(1).max(64) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.joinToken.updateMany({ where: { id: input.id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (count === 0 && !(await ctx.db.joinToken.findUnique({ where: { id: input.id } }))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such join token." });
      }
      return null;
    }),
});
