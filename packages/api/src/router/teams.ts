/**
 * Teams: groups of users that grants can name; a user may belong to several. A team mapped to a
 * directory group (ldapGroupDn) has its members kept in step with that group by directory sync.
 */
import { TRPCError } from "@trpc/server";
import type { Database } from "@wheelhouse/db";
import { z } from "zod";
import { GroupDn, TeamDescription, TeamName } from "../users/fields.ts";
import { procedure, router } from "../trpc.ts";

const TeamId = z.string().min(1);

async function ensureNameFree(db: Database, name: string, exceptId?: string) {
  const taken = await db.team.findUnique({ where: { name }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new TRPCError({ code: "CONFLICT", message: `A team named ${name} exists already.` });
}

async function ensureGroupFree(db: Database, ldapGroupDn: string | null | undefined, exceptId?: string) {
  if (!ldapGroupDn) return;
  const taken = await db.team.findUnique({ where: { ldapGroupDn }, select: { id: true, name: true } });
  if (taken && taken.id !== exceptId) throw new TRPCError({ code: "CONFLICT", message: `Team ${taken.name} follows that directory group already.` });
}

export const teamsRouter = router({
  list: procedure("admin").query(async ({ ctx }) => {
    const teams = await ctx.db.team.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { members: true, grants: true } } } });
    return teams.map((team) => ({
      id: team.id,
      name: team.name,
      description: team.description,
      ldapGroupDn: team.ldapGroupDn,
      createdAt: team.createdAt,
      memberCount: team._count.members,
      grantCount: team._count.grants,
    }));
  }),

  /** A team's members; none for an unknown team. */
  members: procedure("admin")
    .input(z.object({ id: TeamId }))
    .query(async ({ ctx, input }) => {
      const members = await ctx.db.teamMember.findMany({
        where: { teamId: input.id },
        include: { user: { select: { id: true, username: true, displayName: true, source: true, disabled: true } } },
        orderBy: { user: { username: "asc" } },
      });
      return members.map((m) => ({ ...m.user, fromDirectory: m.fromDirectory, addedAt: m.createdAt }));
    }),

  create: procedure("admin")
    .input(z.object({ name: TeamName, description: TeamDescription.default(""), ldapGroupDn: GroupDn.nullable().default(null) }))
    .mutation(async ({ ctx, input }) => {
      await ensureNameFree(ctx.db, input.name);
      await ensureGroupFree(ctx.db, input.ldapGroupDn);
      const team = await ctx.db.team.create({ data: input });
      return { id: team.id, name: team.name };
    }),

  update: procedure("admin")
    .input(z.object({ id: TeamId, name: TeamName.optional(), description: TeamDescription.optional(), ldapGroupDn: GroupDn.nullable().optional() }))
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      if (!(await ctx.db.team.findUnique({ where: { id }, select: { id: true } }))) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
      if (changes.name) await ensureNameFree(ctx.db, changes.name, id);
      await ensureGroupFree(ctx.db, changes.ldapGroupDn, id);
      await ctx.db.team.update({ where: { id }, data: changes });
    }),

  /** The team's grants and memberships go with it; its members keep their accounts and their own grants. */
  delete: procedure("admin")
    .input(z.object({ id: TeamId }))
    .mutation(async ({ ctx, input }) => {
      const removed = await ctx.db.team.deleteMany({ where: { id: input.id } });
      if (removed.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
    }),

  /** Adds users to the team; those already in it stay as they are. */
  addMembers: procedure("admin")
    .input(z.object({ id: TeamId, userIds: z.array(z.string().min(1)).min(1, "Pick at least one user.").max(500) }))
    .mutation(async ({ ctx, input }) => {
      const userIds = [...new Set(input.userIds)];
      await ctx.db.$transaction(async (tx) => {
        if (!(await tx.team.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
        if ((await tx.user.count({ where: { id: { in: userIds } } })) !== userIds.length) {
          throw new TRPCError({ code: "NOT_FOUND", message: "One of those users no longer exists." });
        }
        const present = new Set((await tx.teamMember.findMany({ where: { teamId: input.id, userId: { in: userIds } }, select: { userId: true } })).map((m) => m.userId));
        const added = userIds.filter((userId) => !present.has(userId));
        if (added.length > 0) await tx.teamMember.createMany({ data: added.map((userId) => ({ teamId: input.id, userId })) });
      });
    }),

  removeMember: procedure("admin")
    .input(z.object({ id: TeamId, userId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const removed = await ctx.db.teamMember.deleteMany({ where: { teamId: input.id, userId: input.userId } });
      if (removed.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "That user is not a member of this team." });
    }),
});
