/**
 * A swarm's nodes as its managers see them, and scheduling changes: labels, availability, role.
 * The swarm's labels on a node decide who reaches it, so a relabelled node must stay where the
 * caller may schedule.
 */
import { OnSwarmNode, SwarmNodeUpdate } from "@wheelhouse/protocol";
import { requireLabelsAllowed, requirePermission } from "../access/require.ts";
import { missing, swarmNodeResource } from "../access/swarm-object-resources.ts";
import { visibleOne, visibleOnly } from "../access/visible-only.ts";
import { callSwarm, OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

export const swarmNodesRouter = router({
  list: procedure("swarm.view")
    .input(OnSwarm)
    .query(async ({ ctx, input }) => {
      const nodes = await callSwarm(ctx, input.swarmId, "swarmNode.list", {});
      return visibleOnly(ctx.access, "swarm.view", nodes, (node) => swarmNodeResource(input.swarmId, node));
    }),

  inspect: procedure("swarm.view")
    .input(OnSwarm.extend(OnSwarmNode.shape))
    .query(async ({ ctx, input }) => {
      const node = await callSwarm(ctx, input.swarmId, "swarmNode.inspect", { id: input.id });
      return visibleOne(ctx.access, "swarm.view", node, (n) => swarmNodeResource(input.swarmId, n), missing.swarmNode(input.id));
    }),

  /** `version` is the one the caller saw: a node changed since is refused, not overwritten. */
  update: procedure("node.schedule")
    .input(OnSwarm.extend(SwarmNodeUpdate.shape))
    .mutation(async ({ ctx, input: { swarmId, ...update } }) => {
      if (!ctx.access.isAdmin) {
        const node = await callSwarm(ctx, swarmId, "swarmNode.inspect", { id: update.id });
        requirePermission(ctx.access, "node.schedule", swarmNodeResource(swarmId, node), { view: "swarm.view", missing: missing.swarmNode(update.id), what: `node ${node.hostname}` });
        if (update.labels) requireLabelsAllowed(ctx.access, "node.schedule", swarmNodeResource(swarmId, { labels: update.labels }), "label a node", "nodeLabels");
      }
      return callSwarm(ctx, swarmId, "swarmNode.update", update);
    }),
});
