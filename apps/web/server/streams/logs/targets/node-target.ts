/**
 * Every running container of a node, and each one started while following. The caller needs
 * logs.read on the node, and sees only the containers their grants let them read (a set scoped
 * to labels reaches only the containers, and tasks of services, carrying them).
 */
import { containerResources, nodeResource, requireOnNode, type Caller } from "@wheelhouse/api";
import type { LogTarget } from "@wheelhouse/protocol";
import { sourceIdOf } from "../chunk.ts";
import type { LogTargetReader } from "./log-target.ts";
import { nodeName } from "./node-names.ts";
import { taskOf } from "./task-labels.ts";

export async function nodeTarget(ctx: Caller, { nodeId }: Extract<LogTarget, { kind: "node" }>): Promise<LogTargetReader> {
  await requireOnNode(ctx, nodeId, "logs.read");
  const node = await nodeResource(ctx, nodeId);
  const name = await nodeName(ctx.db, nodeId);
  return {
    allowed: (access) => access.can("logs.read", node),
    async list(access) {
      // A stopped container's old log is history of no live view; it joins when it starts.
      const containers = (await ctx.agents.call(nodeId, "container.list", {})).filter((container) => container.state === "running");
      const resourceOf = await containerResources(ctx, nodeId, containers);
      return containers.flatMap((container) => {
        const resource = resourceOf(container);
        if (!access.can("logs.read", resource)) return [];
        const source = { id: sourceIdOf(container.id), name: container.name, nodeId, nodeName: name, ...taskOf(container.labels) };
        return [{ source, nodeId, containerId: container.id, running: true, resource }];
      });
    },
  };
}
