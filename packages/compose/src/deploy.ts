/**
 * A service's `deploy` section: how many tasks, where, with what resources, how updates and
 * rollbacks go. Left out, a service is replicated with the engine's defaults.
 */
import { z } from "zod";
import { ByteSize, CpuCount, Duration, StringMap } from "./compose-values.ts";
import type { Labels, Placement, ResourceRequirements, Resources, RestartPolicy, ServiceMode, UpdateConfig } from "./docker-service-spec.ts";
import { DeployRestartPolicy } from "./restart-policy.ts";

export interface DeployParts {
  Labels?: Labels;
  Mode: ServiceMode;
  Resources?: ResourceRequirements;
  RestartPolicy?: RestartPolicy;
  Placement?: Placement;
  UpdateConfig?: UpdateConfig;
  RollbackConfig?: UpdateConfig;
  EndpointMode: "vip" | "dnsrr";
}

const UpdatePolicy = z
  .strictObject({
    parallelism: z.number().int().min(0).optional(),
    delay: Duration.optional(),
    failure_action: z.enum(["continue", "rollback", "pause"]).optional(),
    monitor: Duration.optional(),
    max_failure_ratio: z.number().min(0).max(1).optional(),
    order: z.enum(["start-first", "stop-first"]).optional(),
  })
  .transform((update): UpdateConfig => ({
    // docker stack deploy's default: one task at a time.
    Parallelism: update.parallelism ?? 1,
    Delay: update.delay,
    FailureAction: update.failure_action,
    Monitor: update.monitor,
    MaxFailureRatio: update.max_failure_ratio,
    Order: update.order,
  }));

const Amounts = z
  .strictObject({ cpus: CpuCount.optional(), memory: ByteSize.optional() })
  .transform((amounts): Resources => ({ NanoCPUs: amounts.cpus, MemoryBytes: amounts.memory }));

const constraint = /^[\w.-]+\s*(==|!=)\s*\S/;

const PlacementSection = z
  .strictObject({
    constraints: z.array(z.string().regex(constraint, 'expected a constraint like "node.role==manager" or "node.labels.disk!=hdd"')).optional(),
    preferences: z.array(z.strictObject({ spread: z.string().min(1) })).optional(),
    max_replicas_per_node: z.number().int().min(0).optional(),
  })
  .transform((placement): Placement => ({
    Constraints: placement.constraints,
    Preferences: placement.preferences?.map(({ spread }) => ({ Spread: { SpreadDescriptor: spread } })),
    MaxReplicas: placement.max_replicas_per_node,
  }));

export const Deploy = z
  .strictObject({
    mode: z.enum(["replicated", "global"]).optional(),
    replicas: z.number().int().min(0).optional(),
    labels: StringMap.optional(),
    resources: z.strictObject({ limits: Amounts.optional(), reservations: Amounts.optional() }).optional(),
    restart_policy: DeployRestartPolicy.optional(),
    update_config: UpdatePolicy.optional(),
    rollback_config: UpdatePolicy.optional(),
    placement: PlacementSection.optional(),
    endpoint_mode: z.enum(["vip", "dnsrr"]).optional(),
  })
  .transform((deploy, ctx): DeployParts => {
    if (deploy.mode === "global" && deploy.replicas !== undefined) {
      ctx.issues.push({ code: "custom", path: ["replicas"], message: "a global service runs one task on every node; replicas only go with mode: replicated", input: deploy.replicas });
      return z.NEVER;
    }
    return {
      Labels: deploy.labels,
      Mode: deploy.mode === "global" ? { Global: {} } : { Replicated: { Replicas: deploy.replicas } },
      Resources: deploy.resources && { Limits: deploy.resources.limits, Reservations: deploy.resources.reservations },
      RestartPolicy: deploy.restart_policy,
      Placement: deploy.placement,
      UpdateConfig: deploy.update_config,
      RollbackConfig: deploy.rollback_config,
      EndpointMode: deploy.endpoint_mode ?? "vip",
    };
  });
