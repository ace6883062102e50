/**
 * Containers as resources: the node's cluster and labels, and the container's own labels. A swarm
 * task's container also carries its service's labels, since those are what a team labels (the
 * service's labels win where both name a key: the service is what a grant was written for).
 */
import type { ContainerSummary } from "@wheelhouse/protocol";
import type { Resource } from "@wheelhouse/auth";
import { callSwarm } from "../swarm-call.ts";
import type { Caller } from "./caller.ts";
import { nodeResource } from "./node-access.ts";

const SERVICE_ID_LABEL = "com.docker.swarm.service.id";

export type ContainerResourceOf = (container: Pick<ContainerSummary, "labels">) => Resource;

/** How to see each of a node's containers as a resource, fetching the swarm's services once if any is a task. */
export async function containerResources(ctx: Caller, nodeId: string, containers: readonly Pick<ContainerSummary, "labels">[]): Promise<ContainerResourceOf> {
  const node = await nodeResource(ctx, nodeId);
  const swarmId = node.clusterId.startsWith("swarm:") ? node.clusterId.slice("swarm:".length) : null;
  const isTask = containers.some((c) => c.labels[SERVICE_ID_LABEL] !== undefined);
  const serviceLabels = new Map<string, Record<string, string>>();
  if (swarmId && isTask) {
    // Without a manager to ask, a task is seen by its own labels only: fewer labels reach fewer sets.
    const services = await callSwarm(ctx, swarmId, "service.list", {}).catch(() => []);
    for (const service of services) serviceLabels.set(service.id, service.labels);
  }
  return (container) => {
    const serviceId = container.labels[SERVICE_ID_LABEL];
    const fromService = serviceId === undefined ? {} : (serviceLabels.get(serviceId) ?? {});
    return { ...node, labels: { ...container.labels, ...fromService } };
  };
}
