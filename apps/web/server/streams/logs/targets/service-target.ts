/**
 * Every task of a swarm service, on every node with a Wheelhouse agent: like `docker service
 * logs`, the tasks that ran (their containers still there) as well as those running. Tasks are
 * listed through a manager, and their swarm nodes mapped to Wheelhouse nodes by the swarm node id
 * each agent reports in its facts. A task on a node without an agent cannot be read, so is left out.
 */
import { AgentCallError, callSwarm, labelledResource, requireOnService, swarmMembers, type Caller } from "@wheelhouse/api";
import type { LogTarget, TaskSummary } from "@wheelhouse/protocol";
import { sourceIdOf } from "../chunk.ts";
import type { FoundSource, LogTargetReader } from "./log-target.ts";

export async function serviceTarget(ctx: Caller, { swarmId, serviceId }: Extract<LogTarget, { kind: "service" }>): Promise<LogTargetReader> {
  await requireOnService(ctx, swarmId, serviceId, "logs.read");
  // Administrators pass without the service being looked at: a missing one is found missing here.
  const service = await callSwarm(ctx, swarmId, "service.inspect", { id: serviceId });
  const resource = labelledResource(swarmId, service.labels);
  return {
    allowed: (access) => access.can("logs.read", resource),
    async list() {
      let tasks: TaskSummary[];
      try {
        await callSwarm(ctx, swarmId, "service.inspect", { id: service.id });
        tasks = await callSwarm(ctx, swarmId, "task.list", { serviceId: service.id });
      } catch (error) {
        if (error instanceof AgentCallError && error.code === "NOT_FOUND") return null;
        throw error;
      }
      const nodes = new Map((await swarmMembers(ctx, swarmId)).flatMap((node) => (node.facts?.swarm.nodeId ? [[node.facts.swarm.nodeId, node] as const] : [])));
      return tasks.flatMap((task): FoundSource[] => {
        const node = task.nodeId === null ? undefined : nodes.get(task.nodeId);
        if (task.containerId === null || node === undefined) return [];
        const source = {
          id: sourceIdOf(task.containerId),
          name: `${service.name}.${task.slot ?? task.nodeId}.${task.id}`,
          nodeId: node.id,
          nodeName: node.name,
          serviceName: service.name,
          taskId: task.id,
          ...(task.slot === null ? {} : { taskSlot: task.slot }),
        };
        return [{ source, nodeId: node.id, containerId: task.containerId, running: task.state === "running", resource }];
      });
    },
  };
}
