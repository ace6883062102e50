/**
 * What an agent reports about its Docker Engine: the node's facts when the engine answers, or
 * why it does not (with the endpoint tried), so the UI can say so plainly.
 */
import { z } from "zod";

export const SwarmState = z.enum(["inactive", "pending", "active", "error", "locked"]);

export const NodeFacts = z.object({
  hostname: z.string(),
  engineVersion: z.string(),
  apiVersion: z.string(),
  os: z.string(),
  osType: z.string(),
  kernelVersion: z.string(),
  architecture: z.string(),
  cpus: z.number().int().nonnegative(),
  memoryBytes: z.number().nonnegative(),
  dockerRootDir: z.string(),
  /** The engine's own labels (dockerd --label); facts stored before they were reported have none. */
  labels: z.record(z.string(), z.string()).default({}),
  swarm: z.object({
    state: SwarmState,
    nodeId: z.string().optional(),
    /** Only managers know it; a worker is placed by its managers' node IDs below. */
    clusterId: z.string().optional(),
    isManager: z.boolean(),
    managerNodeIds: z.array(z.string()).default([]),
    /** How many nodes the swarm has, agents or not; managers only. */
    nodeCount: z.number().int().nonnegative().optional(),
  }),
  counts: z.object({
    containersRunning: z.number().int().nonnegative(),
    containersPaused: z.number().int().nonnegative(),
    containersStopped: z.number().int().nonnegative(),
    images: z.number().int().nonnegative(),
    volumes: z.number().int().nonnegative(),
    networks: z.number().int().nonnegative(),
  }),
});
export type NodeFacts = z.infer<typeof NodeFacts>;

export const EngineStatus = z.discriminatedUnion("reachable", [
  z.object({ reachable: z.literal(true), endpoint: z.string(), facts: NodeFacts }),
  z.object({ reachable: z.literal(false), endpoint: z.string(), error: z.string() }),
]);
export type EngineStatus = z.infer<typeof EngineStatus>;

/** One entry of the engine's event stream (`GET /events`), reduced to what the UI uses. */
export const EngineEvent = z.object({
  type: z.string(),
  action: z.string(),
  actorId: z.string(),
  attributes: z.record(z.string(), z.string()),
  timeNano: z.number(),
});
export type EngineEvent = z.infer<typeof EngineEvent>;
