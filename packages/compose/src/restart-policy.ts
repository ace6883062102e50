/**
 * When swarm restarts a service's tasks: `deploy.restart_policy`, or failing that the
 * service-level `restart` of docker compose, translated as docker stack deploy does, except that
 * "no" means no restarts here rather than swarm's default of always.
 */
import { z } from "zod";
import { Duration } from "./compose-values.ts";
import type { RestartPolicy } from "./docker-service-spec.ts";

export const DeployRestartPolicy = z
  .strictObject({
    condition: z.enum(["none", "on-failure", "any"]).optional(),
    delay: Duration.optional(),
    max_attempts: z.number().int().min(0).optional(),
    window: Duration.optional(),
  })
  .transform((policy): RestartPolicy => ({ Condition: policy.condition, Delay: policy.delay, MaxAttempts: policy.max_attempts, Window: policy.window }));

export const ServiceRestart = z
  .string()
  .regex(/^(no|always|unless-stopped|on-failure(:\d+)?)$/, 'expected "no", "always", "unless-stopped" or "on-failure" (optionally "on-failure:<attempts>")')
  .transform((restart): RestartPolicy => {
    if (restart === "no") return { Condition: "none" };
    if (!restart.startsWith("on-failure")) return { Condition: "any" };
    const attempts = restart.split(":")[1];
    return attempts === undefined ? { Condition: "on-failure" } : { Condition: "on-failure", MaxAttempts: Number(attempts) };
  });
