/**
 * The multi-cluster overview, and the names administrators give: a group of standalone hosts, or a
 * swarm (swarms themselves come from the engines and need no record to exist). A caller sees the
 * clusters made of the nodes they reach.
 */
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { resourcesOfNodes } from "../access/node-resources.ts";
import { reachedNodes } from "../access/reached-nodes.ts";
import { groupClusters } from "../clusters.ts";
import { toNodeView } from "../node-view.ts";
import { SwarmId } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const ClusterName = z
  .string()
  .trim()
  .min(1, "Name the cluster.")
  .max(64, "Keep the name under 64 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "Use letters, digits, spaces, dots, dashes and underscores.");

export const clustersRouter = router({
  list: procedure("node.view").query(async ({ ctx }) => {
    const [nodes, records, connected] = await Promise.all([
      ctx.db.node.findMany({ orderBy: { name: "asc" } }),
      ctx.db.cluster.findMany({ select: { id: true, name: true, swarmId: true } }),
      ctx.agents.connectedNodeIds(),
    ]);
    const all = nodes.map((node) => toNodeView(node, connected.has(node.id)));
    const resources = resourcesOfNodes(all);
    const clusters = groupClusters(reachedNodes(ctx.access, all, resources), records);
    if (ctx.access.isAdmin) return clusters;
    // Container counts cover every team's containers: shown only to those who may list them all.
    const mayCount = (nodeIds: string[]) =>
      nodeIds.every((id) => {
        const node = resources.get(id);
        return node !== undefined && ctx.access.can("container.view", node);
      });
    // An empty group is an administrator's to fill; to anyone else it is one they do not reach.
    return clusters
      .filter((cluster) => cluster.nodes.length > 0)
      .map((cluster) => ({ ...cluster, containers: mayCount(cluster.nodes.map((n) => n.id)) ? cluster.containers : null }));
  }),

  /** Groups standalone hosts under a name; a host in a swarm stays with its swarm whatever it is given. */
  createGroup: procedure("admin")
    .input(z.object({ name: ClusterName, nodeIds: z.array(z.string().min(1)).max(500) }))
    .mutation(async ({ ctx, input }) => {
      await ensureNameFree(ctx.db, input.name);
      const known = await ctx.db.node.count({ where: { id: { in: input.nodeIds } } });
      if (known !== new Set(input.nodeIds).size) throw new TRPCError({ code: "NOT_FOUND", message: "One of those nodes is not known to Wheelhouse." });
      const cluster = await ctx.db.cluster.create({ data: { name: input.name, nodes: { connect: input.nodeIds.map((id) => ({ id })) } } });
      return { id: cluster.id };
    }),

  /** Puts a host in a group, or takes it out with clusterId null. */
  assignNode: procedure("admin")
    .input(z.object({ nodeId: z.string().min(1), clusterId: z.string().min(1).nullable() }))
    .mutation(async ({ ctx, input }) => {
      if (input.clusterId && !(await ctx.db.cluster.findFirst({ where: { id: input.clusterId, swarmId: null } }))) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such group of hosts." });
      }
      const updated = await ctx.db.node.updateMany({ where: { id: input.nodeId }, data: { clusterId: input.clusterId } });
      if (updated.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such node." });
    }),

  /** Renames a group, or gives a swarm a name (its record is made on first naming). */
  rename: procedure("admin")
    .input(z.union([z.object({ recordId: z.string().min(1), name: ClusterName }), z.object({ swarmId: SwarmId, name: ClusterName })]))
    .mutation(async ({ ctx, input }) => {
      const current = "recordId" in input ? await ctx.db.cluster.findUnique({ where: { id: input.recordId } }) : await ctx.db.cluster.findUnique({ where: { swarmId: input.swarmId } });
      if (current?.name === input.name) return;
      await ensureNameFree(ctx.db, input.name);
      if ("recordId" in input) {
        if (!current) throw new TRPCError({ code: "NOT_FOUND", message: "No such cluster." });
        await ctx.db.cluster.update({ where: { id: current.id }, data: { name: input.name } });
      } else {
        await ctx.db.cluster.upsert({ where: { swarmId: input.swarmId }, create: { swarmId: input.swarmId, name: input.name }, update: { name: input.name } });
      }
    }),

  /** Dissolves a group (its hosts stand alone again) or forgets a swarm's name; nothing on the hosts changes. */
  removeRecord: procedure("admin")
    .input(z.object({ recordId: z.string().min(1) }))
    .mutation(async ({ ctx, input }) => {
      const removed = await ctx.db.cluster.deleteMany({ where: { id: input.recordId } });
      if (removed.count === 0) throw new TRPCError({ code: "NOT_FOUND", message: "No such cluster." });
    }),
});

async function ensureNameFree(db: { cluster: { findUnique(args: { where: { name: string } }): Promise<unknown> } }, name: string) {
  if (await db.cluster.findUnique({ where: { name } })) throw new TRPCError({ code: "CONFLICT", message: `A cluster named ${name} exists already.` });
}
