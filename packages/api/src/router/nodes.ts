/** The nodes the control plane knows, with each one's last reported facts and live connection. */
import { TRPCError } from "@trpc/server";
import { newToken, hashToken } from "@wheelhouse/auth";
import { z } from "zod";
import { OnNode } from "../node-call.ts";
import { toNodeView } from "../node-view.ts";
import { procedure, router } from "../trpc.ts";

const NodeName = z
  .string()
  .trim()
  .min(1, "Name the node.")
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores.");

export const nodesRouter = router({
  list: procedure("node.view").query(async ({ ctx }) => {
    const [nodes, connected] = await Promise.all([ctx.db.node.findMany({ orderBy: [{ local: "desc" }, { name: "asc" }] }), ctx.agents.connectedNodeIds()]);
    return nodes.map((node) => toNodeView(node, connected.has(node.id)));
  }),

  get: procedure("node.view")
    .input(OnNode)
    .query(async ({ ctx, input }) => {
      const node = await ctx.db.node.findUnique({ where: { id: input.nodeId } });
      if (!node) throw new TRPCError({ code: "NOT_FOUND", message: "No such node." });
      return toNodeView(node, (await ctx.agents.connectedNodeIds()).has(node.id));
    }),

  /** Registers a node and returns its agent's credential, shown this once and stored only hashed. */
  add: procedure("node.enroll")
    .input(z.object({ name: NodeName }))
    .mutation(async ({ ctx, input }) => {
      if (await ctx.db.node.findUnique({ where: { name: input.name } })) {
        throw new TRPCError({ code: "CONFLICT", message: `A node named ${input.name} exists already.` });
      }
      const token = newToken();
      const node = await ctx.db.node.create({ data: { name: input.name, credentials: { create: { tokenHash: hashToken(token) } } } });
      return {
        nodeId: node.id,
        token,
        command: `npx wheelhouse-agent --server ${ctx.publicUrl} --token ${token}`,
      };
    }),
});
