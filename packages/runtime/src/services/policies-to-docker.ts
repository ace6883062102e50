/** The form's policies (resources, restarts, health, updates, placement, logging) as Docker's TaskTemplate and ServiceSpec parts. */
import type Docker from "dockerode";
import type { ServiceSpec } from "@wheelhouse/protocol";
import { nanosFromDuration } from "./durations.ts";

type Amounts = ServiceSpec["resources"]["limits"];
type Policy = NonNullable<ServiceSpec["updateConfig"]>;

export function dockerResources(resources: ServiceSpec["resources"]): Docker.ResourceRequirements {
  return { Limits: dockerAmounts(resources.limits), Reservations: dockerAmounts(resources.reservations) };
}

function dockerAmounts(amounts: Amounts): Docker.Resources {
  return { NanoCPUs: amounts.cpus === undefined ? undefined : Math.round(amounts.cpus * 1e9), MemoryBytes: amounts.memoryBytes };
}

export function dockerRestartPolicy(policy: ServiceSpec["restartPolicy"]): Docker.TaskRestartPolicy | undefined {
  if (!policy) return undefined;
  return { Condition: policy.condition, Delay: nanosFromDuration(policy.delay), MaxAttempts: policy.maxAttempts, Window: nanosFromDuration(policy.window) };
}

export function dockerHealthCheck(check: ServiceSpec["healthCheck"]): Docker.HealthConfig | undefined {
  if (!check) return undefined;
  return {
    Test: check.test,
    Interval: nanosFromDuration(check.interval),
    Timeout: nanosFromDuration(check.timeout),
    Retries: check.retries,
    StartPeriod: nanosFromDuration(check.startPeriod),
  };
}

export function dockerUpdatePolicy(policy: Policy | undefined): Docker.UpdateConfig | undefined {
  if (!policy) return undefined;
  return {
    Parallelism: policy.parallelism,
    Delay: nanosFromDuration(policy.delay),
    FailureAction: policy.failureAction,
    Order: policy.order,
    Monitor: nanosFromDuration(policy.monitor),
    MaxFailureRatio: policy.maxFailureRatio,
  };
}

export function dockerPlacement(placement: ServiceSpec["placement"]): Docker.Placement {
  return {
    Constraints: placement.constraints,
    Preferences: placement.preferences.map((descriptor) => ({ Spread: { SpreadDescriptor: descriptor } })),
  };
}

export function dockerLogDriver(driver: ServiceSpec["logDriver"]): Docker.TaskSpecBase["LogDriver"] {
  return driver && { Name: driver.name, Options: driver.options };
}
