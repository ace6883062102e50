/**
 * Docker's TaskTemplate and ServiceSpec policy parts as the form's. Where Docker leaves a field
 * out, the form shows what Docker then does (its default), so an untouched field reads as its effect.
 */
import type Docker from "dockerode";
import type { ServiceSpecForm } from "@wheelhouse/protocol";
import { durationFromNanos } from "./durations.ts";

type Amounts = ServiceSpecForm["resources"]["limits"];
type Policy = NonNullable<ServiceSpecForm["updateConfig"]>;

export function formResources(resources: Docker.ResourceRequirements | undefined): ServiceSpecForm["resources"] {
  return { limits: formAmounts(resources?.Limits), reservations: formAmounts(resources?.Reservations) };
}

// Docker writes "no limit" as 0 or leaves it out.
function formAmounts(amounts: Docker.Resources | undefined): Amounts {
  return { cpus: amounts?.NanoCPUs ? amounts.NanoCPUs / 1e9 : undefined, memoryBytes: amounts?.MemoryBytes || undefined };
}

export function formRestartPolicy(policy: Docker.TaskRestartPolicy | undefined): ServiceSpecForm["restartPolicy"] {
  if (!policy) return undefined;
  return {
    condition: oneOf(["none", "on-failure", "any"] as const, policy.Condition, "any"),
    // Swarmkit waits 5 s when no delay is given, but honours an explicit 0.
    delay: policy.Delay === undefined ? "5s" : durationFromNanos(policy.Delay),
    maxAttempts: policy.MaxAttempts ?? 0,
    window: durationFromNanos(policy.Window),
  };
}

export function formHealthCheck(check: Docker.HealthConfig | undefined): ServiceSpecForm["healthCheck"] {
  if (!check?.Test?.length) return undefined;
  return {
    test: check.Test,
    interval: check.Interval ? durationFromNanos(check.Interval) : "30s",
    timeout: check.Timeout ? durationFromNanos(check.Timeout) : "30s",
    retries: check.Retries || 3,
    startPeriod: durationFromNanos(check.StartPeriod),
  };
}

export function formUpdatePolicy(policy: Docker.UpdateConfig | undefined): Policy | undefined {
  if (!policy) return undefined;
  return {
    parallelism: policy.Parallelism,
    delay: durationFromNanos(policy.Delay),
    failureAction: oneOf(["pause", "continue", "rollback"] as const, policy.FailureAction, "pause"),
    order: oneOf(["stop-first", "start-first"] as const, policy.Order, "stop-first"),
    monitor: durationFromNanos(policy.Monitor),
    maxFailureRatio: policy.MaxFailureRatio ?? 0,
  };
}

export function formPlacement(placement: Docker.Placement | undefined): ServiceSpecForm["placement"] {
  return {
    constraints: placement?.Constraints ?? [],
    preferences: (placement?.Preferences ?? []).map((p) => p.Spread.SpreadDescriptor),
  };
}

export function formLogDriver(driver: Docker.TaskSpecBase["LogDriver"]): ServiceSpecForm["logDriver"] {
  return driver?.Name ? { name: driver.Name, options: driver.Options ?? {} } : undefined;
}

/** Docker's value when it is one the form knows, else Docker's own default. */
export function oneOf<T extends string>(known: readonly T[], value: string | undefined, fallback: T): T {
  return known.find((k) => k === value) ?? fallback;
}
