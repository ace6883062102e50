/**
 * Re-reads a node's facts from its agent and records them: after an engine event burst, and after a
 * change the engine announces to nobody, such as joining or leaving a swarm, so the clusters view
 * and swarm routing see the new membership at once. An answer proves the engine reachable.
 */
import type { Context } from "./context.ts";
import { recordSwarmLabels } from "./record-swarm-labels.ts";

export async function refreshFacts(ctx: Pick<Context, "db" | "agents">, nodeId: string): Promise<void> {
  const facts = await ctx.agents.call(nodeId, "node.facts", {});
  await ctx.db.node.update({
    where: { id: nodeId },
    data: {
      facts: JSON.stringify(facts),
      hostname: facts.hostname,
      engineReachable: true,
      engineError: null,
      lastSeenAt: new Date(),
      // A node out of any swarm has no swarm labels; a member's are recorded from a manager below.
      ...(facts.swarm.state === "active" ? {} : { swarmLabels: null }),
    },
  });
  await recordSwarmLabels(ctx, nodeId, facts);
}
