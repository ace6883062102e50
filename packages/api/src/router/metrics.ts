/**
 * Resource metrics as charts draw them: a container's, a service's (summed over its tasks), a
 * node's with its top consumers, and a cluster's utilisation, each over a range whose resolution
 * follows its length (raw samples up to an hour, minutes for a day, hours for 30 days).
 */
import { ClusterId, ContainerRef, MetricsRange, NodeId, ServiceRef } from "@wheelhouse/protocol";
import { z } from "zod";
import { clusterNodesInView, containerInView, nodeInView, serviceInView, visibleLatestContainers } from "../metrics/metrics-scope.ts";
import { topConsumers } from "../metrics/top-consumers.ts";
import { OnSwarm } from "../swarm-call.ts";
import { procedure, router } from "../trpc.ts";

const InRange = z.object({ range: MetricsRange });

export const metricsRouter = router({
  container: procedure("container.view")
    .input(InRange.extend({ nodeId: NodeId, id: ContainerRef.shape.id }))
    .query(async ({ ctx, input }) => ctx.metrics.containerSeries(await containerInView(ctx, input.nodeId, input.id), input.range)),

  /** Summed over the service's tasks on every node. */
  service: procedure("service.view")
    .input(InRange.extend(OnSwarm.shape).extend(ServiceRef.shape))
    .query(async ({ ctx, input }) => ctx.metrics.serviceSeries(await serviceInView(ctx, input.swarmId, input.id), input.range)),

  /** The host's own figures: CPU of all its CPUs, memory used of total, its physical disks and interfaces. */
  node: procedure("node.view")
    .input(InRange.extend({ nodeId: NodeId }))
    .query(async ({ ctx, input }) => {
      await nodeInView(ctx, input.nodeId);
      return ctx.metrics.nodeSeries(input.nodeId, input.range);
    }),

  /** The node's containers by their latest CPU (or memory), among those the caller may see. */
  topConsumers: procedure("node.view")
    .input(z.object({ nodeId: NodeId, by: z.enum(["cpuPercent", "memoryUsage"]).default("cpuPercent"), limit: z.number().int().min(1).max(200).default(50) }))
    .query(async ({ ctx, input }) => {
      await nodeInView(ctx, input.nodeId);
      const samples = await visibleLatestContainers(ctx, input.nodeId);
      return { intervalMs: ctx.metrics.intervalMs, containers: topConsumers(samples, input.by, input.limit) };
    }),

  /** CPUs and memory in use against capacity, over the cluster's nodes the caller may view. */
  cluster: procedure("node.view")
    .input(InRange.extend({ clusterId: ClusterId }))
    .query(async ({ ctx, input }) => ctx.metrics.clusterSeries(await clusterNodesInView(ctx, input.clusterId), input.range)),
});
