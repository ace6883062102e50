/** The multi-cluster overview: every swarm, and every host outside one, with health and capacity. */
import { groupClusters } from "../clusters.ts";
import { toNodeView } from "../node-view.ts";
import { procedure, router } from "../trpc.ts";

export const clustersRouter = router({
  list: procedure("node.view").query(async ({ ctx }) => {
    const [nodes, connected] = await Promise.all([ctx.db.node.findMany({ orderBy: { name: "asc" } }), ctx.agents.connectedNodeIds()]);
    return groupClusters(nodes.map((node) => toNodeView(node, connected.has(node.id))));
  }),
});
