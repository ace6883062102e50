/**
 * Swarm services and their tasks as the control plane shows them, and the references to them a
 * browser may send. The editable spec itself is the form model in service-spec.ts.
 */
import { z } from "zod";
import { ServiceSpec, ServiceSpecForm } from "./service-spec.ts";

const swarmObjectId = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** A service by ID or name. */
export const ServiceRef = z.object({ id: z.string().min(1).max(128).regex(swarmObjectId, "Not a service ID or name") });
export const SwarmNodeRef = z.string().min(1).max(128).regex(swarmObjectId, "Not a swarm node ID");

export const ServiceCreate = z.object({ spec: ServiceSpec });
/** `version` is the Version.Index the spec was read at. */
export const ServiceUpdate = ServiceRef.extend({ version: z.number().int().nonnegative(), spec: ServiceSpec });
export const ServiceScale = ServiceRef.extend({ replicas: z.number().int().min(0).max(10_000) });
/** Tasks of one service and/or on one swarm node; all of the swarm's without either. */
export const TaskFilter = z.object({ serviceId: ServiceRef.shape.id.optional(), nodeId: SwarmNodeRef.optional() });

export const ServiceModeName = z.enum(["replicated", "global", "replicated-job", "global-job"]);

export const ServicePort = z.object({
  target: z.number().int(),
  published: z.number().int().optional(),
  protocol: z.string(),
  mode: z.string(),
});

export const UpdateStatus = z.object({
  /** updating, paused, completed, rollback_started, rollback_paused or rollback_completed. */
  state: z.string(),
  message: z.string(),
  startedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
});

export const ServiceSummary = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  mode: ServiceModeName,
  /** Desired is null for a global service until Docker has counted its nodes. */
  replicas: z.object({ desired: z.number().int().nullable(), running: z.number().int() }),
  /** The ports as the endpoint publishes them, with the ports Docker picked filled in. */
  ports: z.array(ServicePort),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Null for a service never updated. */
  updateStatus: UpdateStatus.nullable(),
  labels: z.record(z.string(), z.string()),
  /** The stack it belongs to (its com.docker.stack.namespace label), if any. */
  stack: z.string().nullable(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceDetails = ServiceSummary.extend({
  /** The spec as the form edits it; null for a swarm job, which the form does not model. */
  spec: ServiceSpecForm.nullable(),
  /** Docker's Version.Index: an update must name it, so two editors cannot overwrite each other. */
  version: z.number().int(),
  /** Whether there is a previous spec to roll back to. */
  hasPreviousSpec: z.boolean(),
  /** The spec a rollback would restore, as the form models it; null when there is none or it is a job's. */
  previousSpec: ServiceSpecForm.nullable(),
});
export type ServiceDetails = z.infer<typeof ServiceDetails>;

export const TaskSummary = z.object({
  id: z.string(),
  serviceId: z.string(),
  /** Replicated services number their tasks; global ones do not. */
  slot: z.number().int().nullable(),
  nodeId: z.string().nullable(),
  /** Null when the node is not (or no longer) in the swarm. */
  nodeHostname: z.string().nullable(),
  desiredState: z.string(),
  state: z.string(),
  message: z.string(),
  error: z.string().nullable(),
  containerId: z.string().nullable(),
  image: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** When the task reached its current state. */
  stateChangedAt: z.number(),
});
export type TaskSummary = z.infer<typeof TaskSummary>;

export const Warnings = z.object({ warnings: z.array(z.string()) });
