/**
 * Grants: a user or a team holds a role on a resource set. Administrators may make any grant; a
 * grantor (grant.manage) only on sets where they hold grant.manage and every permission of the
 * role, and sees only the grants on those sets. A grant to a disabled user is allowed (it waits for
 * the account to be enabled) and shown as such.
 */
import { parsePermissions, parseScope, type Authorizer } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterNames } from "../grants/cluster-choices.ts";
import { describeScope } from "../grants/describe-scope.ts";
import { missingToGrant } from "../grants/grantor-check.ts";
import { procedure, router } from "../trpc.ts";

const GrantInput = z
  .object({ userId: z.string().min(1).optional(), teamId: z.string().min(1).optional(), roleId: z.string().min(1), resourceSetId: z.string().min(1) })
  .refine((input) => (input.userId === undefined) !== (input.teamId === undefined), "Grant to one user or one team.");

export const grantsRouter = router({
  list: procedure("grant.manage").query(async ({ ctx }) => {
    const [grants, names] = await Promise.all([
      ctx.db.grant.findMany({
        include: {
          user: { select: { id: true, username: true, displayName: true, disabled: true } },
          team: { select: { id: true, name: true, _count: { select: { members: true } } } },
          role: true,
          resourceSet: true,
        },
        orderBy: { createdAt: "desc" },
      }),
      clusterNames(ctx.db),
    ]);
    return grants
      .map((grant) => ({
        id: grant.id,
        subject: grant.team
          ? { kind: "team" as const, id: grant.team.id, name: grant.team.name, memberCount: grant.team._count.members }
          : { kind: "user" as const, id: grant.user?.id ?? "", name: grant.user?.username ?? "", displayName: grant.user?.displayName ?? null, disabled: grant.user?.disabled ?? false },
        role: { id: grant.role.id, name: grant.role.name, builtIn: grant.role.builtIn },
        resourceSet: { id: grant.resourceSet.id, name: grant.resourceSet.name, scopeText: describeScope(parseScope(grant.resourceSet), names) },
        createdBy: grant.createdBy,
        createdAt: grant.createdAt,
        canRemove: missingToGrant(ctx.access, grant.resourceSetId, parsePermissions(grant.role.permissions)).length === 0,
      }))
      .filter((grant) => ctx.access.isAdmin || ctx.access.permissionsOnSet(grant.resourceSet.id).has("grant.manage"));
  }),

  /** Who may be granted something: every user and every team. */
  subjects: procedure("grant.manage").query(async ({ ctx }) => {
    const [users, teams] = await Promise.all([
      ctx.db.user.findMany({ select: { id: true, username: true, displayName: true, disabled: true, isAdmin: true }, orderBy: { username: "asc" } }),
      ctx.db.team.findMany({ select: { id: true, name: true, _count: { select: { members: true } } }, orderBy: { name: "asc" } }),
    ]);
    return { users, teams: teams.map((team) => ({ id: team.id, name: team.name, memberCount: team._count.members })) };
  }),

  create: procedure("grant.manage")
    .input(GrantInput)
    .mutation(async ({ ctx, input }) => {
      const [role, set] = await Promise.all([ctx.db.role.findUnique({ where: { id: input.roleId } }), ctx.db.resourceSet.findUnique({ where: { id: input.resourceSetId } })]);
      if (!role) throw new TRPCError({ code: "NOT_FOUND", message: "No such role." });
      if (!set) throw new TRPCError({ code: "NOT_FOUND", message: "No such resource set." });
      ensureMayGrant(ctx.access, set, role, "grant");
      const subject = await subjectOf(ctx.db, input);
      const existing = await ctx.db.grant.findFirst({ where: { userId: input.userId ?? null, teamId: input.teamId ?? null, roleId: role.id, resourceSetId: set.id } });
      if (existing) throw new TRPCError({ code: "CONFLICT", message: `${subject.name} already holds ${role.name} on ${set.name}.` });
      const grant = await ctx.db.grant.create({
        data: { userId: input.userId ?? null, teamId: input.teamId ?? null, roleId: role.id, resourceSetId: set.id, createdBy: ctx.user.username },
      });
      return { id: grant.id, subjectDisabled: subject.disabled };
    }),

  delete: procedure("grant.manage")
    .input(z.object({ grantId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const grant = await ctx.db.grant.findUnique({ where: { id: input.grantId }, include: { role: true, resourceSet: true } });
      if (!grant) throw new TRPCError({ code: "NOT_FOUND", message: "No such grant." });
      ensureMayGrant(ctx.access, grant.resourceSet, grant.role, "remove a grant of");
      await ctx.db.grant.delete({ where: { id: grant.id } });
    }),
});

function ensureMayGrant(access: Authorizer, set: { id: string; name: string }, role: { name: string; permissions: string }, verb: string) {
  const missing = missingToGrant(access, set.id, parsePermissions(role.permissions));
  if (missing.length > 0) {
    throw new TRPCError({ code: "FORBIDDEN", message: `To ${verb} ${role.name} on ${set.name} you need, on that set: ${missing.join(", ")}.` });
  }
}

async function subjectOf(db: Database, input: { userId?: string; teamId?: string }): Promise<{ name: string; disabled: boolean }> {
  if (input.userId) {
    const user = await db.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
    return { name: user.username, disabled: user.disabled };
  }
  const team = await db.team.findUnique({ where: { id: input.teamId ?? "" } });
  if (!team) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
  return { name: `Team ${team.name}`, disabled: false };
}
