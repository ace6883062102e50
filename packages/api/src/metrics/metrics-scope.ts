/**
 * What a metrics request may reach: a container the caller may see (container.view), a service
 * (service.view), a node (node.view on the node itself) or a cluster (node.view on its nodes; the
 * cluster's figures cover only those). Names are resolved to the ids series are kept under. A
 * caller who may not see the object is told it does not exist, as everywhere else.
 */
import type { ContainerSample, MetricsScope } from "@wheelhouse/protocol";
import type { Caller } from "../access/caller.ts";
import { containerResources } from "../access/container-resources.ts";
import { reachedNode, requireOnNode } from "../access/node-access.ts";
import { resourcesOfNodes } from "../access/node-resources.ts";
import { notFound } from "../access/require.ts";
import { labelledResource, missing } from "../access/swarm-object-resources.ts";
import { visibleOne } from "../access/visible-only.ts";
import { groupClusters } from "../clusters.ts";
import type { Context } from "../context.ts";
import { toNodeView } from "../node-view.ts";
import { callSwarm } from "../swarm-call.ts";

export type ResolvedScope =
  | { scope: "container"; nodeId: string; containerId: string }
  | { scope: "service"; swarmId: string; serviceId: string }
  | { scope: "node"; nodeId: string }
  | { scope: "cluster"; clusterId: string; nodeIds: string[] };

export const NO_SUCH_CLUSTER = "No such cluster.";

export async function resolveScope(ctx: Caller, target: MetricsScope): Promise<ResolvedScope> {
  switch (target.scope) {
    case "container":
      return { scope: "container", nodeId: target.nodeId, containerId: await containerInView(ctx, target.nodeId, target.containerId) };
    case "service":
      return { scope: "service", swarmId: target.swarmId, serviceId: await serviceInView(ctx, target.swarmId, target.serviceId) };
    case "node":
      await nodeInView(ctx, target.nodeId);
      return { scope: "node", nodeId: target.nodeId };
    case "cluster":
      return { scope: "cluster", clusterId: target.clusterId, nodeIds: await clusterNodesInView(ctx, target.clusterId) };
  }
}

/** Passes when the node exists and the caller holds node.view on it. */
export async function nodeInView(ctx: Caller, nodeId: string): Promise<void> {
  await reachedNode(ctx, nodeId);
  await requireOnNode(ctx, nodeId, "node.view");
}

/** The container's full id, when the caller may see it. */
export async function containerInView(ctx: Caller, nodeId: string, ref: string): Promise<string> {
  await reachedNode(ctx, nodeId);
  const container = await ctx.agents.call(nodeId, "container.inspect", { id: ref });
  if (!ctx.access.isAdmin) visibleOne(ctx.access, "container.view", container, await containerResources(ctx, nodeId, [container]), missing.container(ref));
  return container.id;
}

/** The service's id, when the caller may see it. */
export async function serviceInView(ctx: Caller, swarmId: string, ref: string): Promise<string> {
  const service = await callSwarm(ctx, swarmId, "service.inspect", { id: ref });
  visibleOne(ctx.access, "service.view", service, (s) => labelledResource(swarmId, s.labels), missing.service(ref));
  return service.id;
}

/** The cluster's nodes the caller holds node.view on; NOT_FOUND when there are none. */
export async function clusterNodesInView(ctx: Caller, clusterId: string): Promise<string[]> {
  const [nodes, records] = await Promise.all([ctx.db.node.findMany(), ctx.db.cluster.findMany({ select: { id: true, name: true, swarmId: true } })]);
  const views = nodes.map((node) => toNodeView(node, false));
  const cluster = groupClusters(views, records).find((c) => c.id === clusterId);
  const resources = resourcesOfNodes(views);
  const visible = (cluster?.nodes ?? []).filter((node) => {
    const resource = resources.get(node.id);
    return ctx.access.isAdmin || (resource !== undefined && ctx.access.can("node.view", resource));
  });
  return visible.length > 0 ? visible.map((node) => node.id) : notFound(NO_SUCH_CLUSTER);
}

/** The node's latest container samples the caller may see (container.view on each). */
export async function visibleLatestContainers(ctx: Caller & Pick<Context, "metrics">, nodeId: string): Promise<ContainerSample[]> {
  const samples = ctx.metrics.latestContainers(nodeId);
  if (ctx.access.isAdmin || samples.length === 0) return samples;
  const containers = await ctx.agents.call(nodeId, "container.list", {});
  const resourceOf = await containerResources(ctx, nodeId, containers);
  const visible = new Set(containers.filter((c) => ctx.access.can("container.view", resourceOf(c))).map((c) => c.id));
  return samples.filter((sample) => visible.has(sample.containerId));
}
