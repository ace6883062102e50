/**
 * Swarm-wide work (services, tasks, swarm nodes, secrets, configs, stacks) is addressed to a swarm,
 * not to a node: any connected manager of that swarm can carry it out, so the API picks one.
 * A swarm is named by its Docker cluster ID, which every member engine reports in its facts.
 */
import { TRPCError } from "@trpc/server";
import type { AgentCommandInput, AgentCommandName, AgentCommandOutput } from "@wheelhouse/protocol";
import { z } from "zod";
import type { Context } from "./context.ts";
import { toNodeView } from "./node-view.ts";
import { swarmIdsByNode } from "./swarm-membership.ts";

export const SwarmId = z.string().trim().min(1, "Name a swarm.").max(64).regex(/^[a-z0-9]+$/, "Not a swarm ID");
export const OnSwarm = z.object({ swarmId: SwarmId });

export const NO_SUCH_SWARM = "No node of that swarm reports to Wheelhouse.";

/** The nodes whose engines belong to the swarm, as the UI sees them. */
export async function swarmMembers(ctx: Pick<Context, "db" | "agents">, swarmId: string) {
  const [nodes, connected] = await Promise.all([ctx.db.node.findMany({ orderBy: { name: "asc" } }), ctx.agents.connectedNodeIds()]);
  const views = nodes.map((node) => toNodeView(node, connected.has(node.id)));
  const swarmOf = swarmIdsByNode(views);
  return views.filter((node) => swarmOf.get(node.id) === swarmId);
}

/** A connected manager of the swarm whose engine answers, preferring the one that answered last. */
export async function managerOf(ctx: Pick<Context, "db" | "agents">, swarmId: string): Promise<string> {
  const members = await swarmMembers(ctx, swarmId);
  if (members.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: NO_SUCH_SWARM });
  const managers = members.filter((node) => node.facts?.swarm.isManager);
  const ready = managers.filter((node) => node.connected && node.engine.reachable);
  ready.sort((a, b) => (b.lastSeenAt?.getTime() ?? 0) - (a.lastSeenAt?.getTime() ?? 0));
  const chosen = ready[0];
  if (!chosen) {
    const why = managers.length === 0 ? "none of its managers has a Wheelhouse agent" : "none of its managers' agents is connected";
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: `This swarm cannot be managed right now: ${why}.` });
  }
  return chosen.id;
}

/** Runs a typed command on a manager of the swarm. */
export async function callSwarm<N extends AgentCommandName>(
  ctx: Pick<Context, "db" | "agents">,
  swarmId: string,
  name: N,
  input: AgentCommandInput<N>,
): Promise<AgentCommandOutput<N>> {
  return ctx.agents.call(await managerOf(ctx, swarmId), name, input);
}
