/**
 * Effective permissions explained: what a user's grants (their own and their teams') give them,
 * and why they may or may not do one thing to one resource. Administrators may ask about anyone;
 * every user may ask about themselves.
 */
import { PERMISSION_NAMES, ResourceScope, type Permission } from "@wheelhouse/auth";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterNames } from "../grants/cluster-choices.ts";
import { describeScope } from "../grants/describe-scope.ts";
import { explainAccess } from "../grants/explain-access.ts";
import type { Context } from "../context.ts";
import { authorizerFor } from "../policy.ts";
import { procedure, router } from "../trpc.ts";

const ExplainInput = z.object({
  userId: z.string().min(1),
  permission: z.enum(PERMISSION_NAMES as [Permission, ...Permission[]], { error: "Choose a permission from the catalogue." }),
  resource: z.object({
    clusterId: z.string().trim().min(1, "Choose a cluster.").max(128),
    nodeLabels: ResourceScope.shape.nodeLabels.optional(),
    labels: ResourceScope.shape.labels.optional(),
  }),
});

export const accessRouter = router({
  explain: procedure("signed-in")
    .input(ExplainInput)
    .query(async ({ ctx, input }) => {
      const subject = await subjectFor(ctx, input.userId);
      const access = await authorizerFor(ctx.db, subject);
      return { user: userSummary(subject), ...explainAccess(subject, access, input.permission, input.resource, await clusterNames(ctx.db)) };
    }),

  effective: procedure("signed-in")
    .input(z.object({ userId: z.string().min(1) }))
    .query(async ({ ctx, input }) => {
      const subject = await subjectFor(ctx, input.userId);
      const access = await authorizerFor(ctx.db, subject);
      const names = await clusterNames(ctx.db);
      return {
        user: userSummary(subject),
        grants: access.grants.map((grant) => ({
          grantId: grant.grantId,
          via: grant.via,
          role: grant.role,
          resourceSet: { id: grant.resourceSet.id, name: grant.resourceSet.name, scopeText: describeScope(grant.resourceSet.scope, names) },
        })),
      };
    }),
});

async function subjectFor(ctx: Pick<Context, "db"> & { user: { id: string }; access: { isAdmin: boolean } }, userId: string) {
  if (!ctx.access.isAdmin && userId !== ctx.user.id) throw new TRPCError({ code: "FORBIDDEN", message: "Only administrators may look into another user's access." });
  const user = await ctx.db.user.findUnique({ where: { id: userId } });
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
  return user;
}

function userSummary(user: { id: string; username: string; displayName: string | null; isAdmin: boolean; disabled: boolean }) {
  return { id: user.id, username: user.username, displayName: user.displayName, isAdmin: user.isAdmin, disabled: user.disabled };
}
