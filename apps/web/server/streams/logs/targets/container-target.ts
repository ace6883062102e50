/** One container's log: the caller needs logs.read on the container (its labels, its service's, its node's). */
import { AgentCallError, containerResources, requireOnContainer, type Caller } from "@wheelhouse/api";
import type { LogTarget } from "@wheelhouse/protocol";
import { sourceIdOf } from "../chunk.ts";
import type { LogTargetReader } from "./log-target.ts";
import { nodeName } from "./node-names.ts";
import { taskOf } from "./task-labels.ts";

export async function containerTarget(ctx: Caller, { nodeId, containerId }: Extract<LogTarget, { kind: "container" }>): Promise<LogTargetReader> {
  await requireOnContainer(ctx, nodeId, containerId, "logs.read");
  // Administrators pass without the container being looked at: a missing one is found missing here.
  const details = await ctx.agents.call(nodeId, "container.inspect", { id: containerId });
  const resource = (await containerResources(ctx, nodeId, [details]))(details);
  const source = { id: sourceIdOf(details.id), name: details.name, nodeId, nodeName: await nodeName(ctx.db, nodeId), ...taskOf(details.labels) };
  return {
    allowed: (access) => access.can("logs.read", resource),
    async list() {
      try {
        const now = await ctx.agents.call(nodeId, "container.inspect", { id: details.id });
        return [{ source, nodeId, containerId: details.id, running: now.state.status === "running", resource }];
      } catch (error) {
        if (error instanceof AgentCallError && error.code === "NOT_FOUND") return null;
        throw error;
      }
    },
  };
}
