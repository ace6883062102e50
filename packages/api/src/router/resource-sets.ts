/**
 * Resource sets: which clusters, nodes (by label) and labelled objects a grant reaches. Grantors
 * may list the sets they may grant on (with what they hold there, so the UI can offer only roles
 * they may hand out); administrators see and shape them all.
 */
import { ResourceScope, parseScope, type Permission } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterChoices, clusterNames } from "../grants/cluster-choices.ts";
import { describeScope } from "../grants/describe-scope.ts";
import { procedure, router } from "../trpc.ts";

const SetFields = z.object({
  name: z.string().trim().min(1, "Name the resource set.").max(64, "Keep the name under 64 characters."),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").default(""),
  clusterIds: ResourceScope.shape.clusterIds,
  nodeLabels: ResourceScope.shape.nodeLabels,
  labels: ResourceScope.shape.labels,
});

export const resourceSetsRouter = router({
  clusterChoices: procedure("admin").query(({ ctx }) => clusterChoices(ctx.db)),

  list: procedure("grant.manage").query(async ({ ctx }) => {
    const [sets, names] = await Promise.all([ctx.db.resourceSet.findMany({ include: { _count: { select: { grants: true } } }, orderBy: { name: "asc" } }), clusterNames(ctx.db)]);
    return sets
      .map((set) => {
        const scope = parseScope(set);
        const held = ctx.access.permissionsOnSet(set.id);
        return {
          id: set.id,
          name: set.name,
          description: set.description,
          scope,
          clusters: scope.clusterIds.map((id) => ({ id, name: names.get(id) ?? null })),
          scopeText: describeScope(scope, names),
          grantCount: set._count.grants,
          createdAt: set.createdAt,
          /** What the caller holds on the set; null for an administrator, who holds everything. */
          yourPermissions: ctx.access.isAdmin ? null : ([...held] as Permission[]),
        };
      })
      .filter((set) => set.yourPermissions === null || set.yourPermissions.includes("grant.manage"));
  }),

  create: procedure("admin")
    .input(SetFields)
    .mutation(async ({ ctx, input }) => {
      await ensureNameFree(ctx.db, input.name);
      await ensureClustersKnown(ctx.db, input.clusterIds, []);
      const set = await ctx.db.resourceSet.create({ data: toRecord(input) });
      return { id: set.id };
    }),

  /** Changes what every grant on the set reaches, at their holders' next request. */
  update: procedure("admin")
    .input(SetFields.extend({ resourceSetId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const set = await ctx.db.resourceSet.findUnique({ where: { id: input.resourceSetId } });
      if (!set) throw new TRPCError({ code: "NOT_FOUND", message: "No such resource set." });
      if (set.name !== input.name) await ensureNameFree(ctx.db, input.name);
      // A cluster the set named may have gone since (a swarm dissolved); keeping it is no new reach.
      await ensureClustersKnown(ctx.db, input.clusterIds, parseScope(set).clusterIds);
      await ctx.db.resourceSet.update({ where: { id: set.id }, data: toRecord(input) });
    }),

  delete: procedure("admin")
    .input(z.object({ resourceSetId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const set = await ctx.db.resourceSet.findUnique({ where: { id: input.resourceSetId }, include: { _count: { select: { grants: true } } } });
      if (!set) throw new TRPCError({ code: "NOT_FOUND", message: "No such resource set." });
      const grants = set._count.grants;
      if (grants > 0) throw new TRPCError({ code: "CONFLICT", message: `${set.name} is used by ${grants} grant${grants === 1 ? "" : "s"}. Remove those first.` });
      await ctx.db.resourceSet.delete({ where: { id: set.id } });
    }),
});

function toRecord(input: z.infer<typeof SetFields>) {
  return {
    name: input.name,
    description: input.description,
    clusterIds: JSON.stringify([...new Set(input.clusterIds)]),
    nodeLabels: JSON.stringify(input.nodeLabels),
    labels: JSON.stringify(input.labels),
  };
}

async function ensureClustersKnown(db: Database, clusterIds: readonly string[], alreadyNamed: readonly string[]) {
  const known = new Set((await clusterChoices(db)).map((c) => c.id));
  const unknown = clusterIds.filter((id) => !known.has(id) && !alreadyNamed.includes(id));
  if (unknown.length > 0) throw new TRPCError({ code: "BAD_REQUEST", message: `No such cluster: ${unknown.join(", ")}.` });
}

async function ensureNameFree(db: Database, name: string) {
  if (await db.resourceSet.findUnique({ where: { name } })) throw new TRPCError({ code: "CONFLICT", message: `A resource set named ${name} exists already.` });
}
