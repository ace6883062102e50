/**
 * The nodes the control plane knows, with each one's last reported facts and live connection; and
 * cutting a node off. Nodes join through join tokens (join-tokens.ts), not through this router.
 * A caller sees the nodes their grants reach into (reached-nodes.ts).
 */
import { TRPCError } from "@trpc/server";
import { PERMISSION_NAMES } from "@wheelhouse/auth";
import { NO_SUCH_NODE } from "../access/node-access.ts";
import { nodeResources, resourcesOfNodes } from "../access/node-resources.ts";
import { reachedNodes } from "../access/reached-nodes.ts";
import { notFound } from "../access/require.ts";
import type { Context } from "../context.ts";
import { OnNode } from "../node-call.ts";
import { withVisibleCounts } from "../access/visible-counts.ts";
import { toNodeView } from "../node-view.ts";
import { procedure, router } from "../trpc.ts";

/** The node, unless it is the control plane's own host, whose agent lives and dies with the server. */
async function remoteNode(ctx: Context, nodeId: string, action: string) {
  const node = await ctx.db.node.findUnique({ where: { id: nodeId } });
  if (!node) notFound(NO_SUCH_NODE);
  if (node.local) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `${node.name} is the control plane's own host: its agent runs inside the server, so you cannot ${action} it.`,
    });
  }
  return node;
}

export const nodesRouter = router({
  list: procedure("node.view").query(async ({ ctx }) => {
    const [nodes, connected] = await Promise.all([
      ctx.db.node.findMany({ orderBy: [{ local: "desc" }, { name: "asc" }], include: { credentials: { where: { revokedAt: null }, select: { id: true } } } }),
      ctx.agents.connectedNodeIds(),
    ]);
    const views = nodes.map(({ credentials, ...node }) => ({ ...toNodeView(node, connected.has(node.id)), credentialRevoked: credentials.length === 0 }));
    const resources = resourcesOfNodes(views);
    // What the caller may do on each node itself, so the console offers only the pages that will answer.
    return reachedNodes(ctx.access, views, resources).map((view) => {
      const resource = resources.get(view.id);
      const yourPermissions = resource ? PERMISSION_NAMES.filter((p) => ctx.access.can(p, resource)) : [];
      return { ...withVisibleCounts(view, (p) => yourPermissions.includes(p)), yourPermissions };
    });
  }),

  get: procedure("node.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      const node = await ctx.db.node.findUnique({ where: { id: input.nodeId } });
      const resources = await nodeResources(ctx);
      const [reached] = node ? reachedNodes(ctx.access, [node], resources) : [];
      const resource = reached && resources.get(reached.id);
      if (!reached || !resource) notFound(NO_SUCH_NODE);
      return withVisibleCounts(toNodeView(reached, (await ctx.agents.connectedNodeIds()).has(reached.id)), (p) => ctx.access.can(p, resource));
    }),

  /** The node's agent is cut off at once, wherever it is connected, and refused when it dials again. The node stays listed. */
  revokeCredential: procedure("admin")
    .input(OnNode)
    .mutation(async ({ ctx, input }) => {
      const node = await remoteNode(ctx, input.nodeId, "revoke the credential of");
      await ctx.db.agentCredential.updateMany({ where: { nodeId: node.id, revokedAt: null }, data: { revokedAt: new Date() } });
      await ctx.agents.disconnect(node.id);
      return null;
    }),

  /** Forgets the node and its credentials, cutting its agent off; the host's containers are not touched. */
  remove: procedure("admin")
    .input(OnNode)
    .mutation(async ({ ctx, input }) => {
      const node = await remoteNode(ctx, input.nodeId, "remove");
      await ctx.db.node.delete({ where: { id: node.id } });
      await ctx.agents.disconnect(node.id);
      return null;
    }),
});
