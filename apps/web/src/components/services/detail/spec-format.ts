/** The parts of a service spec as one line of text each, for the Spec tab. */
import type { ServiceSpecForm } from "@wheelhouse/protocol";
import { formatBytes } from "@wheelhouse/ui";

type Policy = ServiceSpecForm["updateConfig"];
type Amounts = ServiceSpecForm["resources"]["limits"];

export function formatAmounts({ cpus, memoryBytes }: Amounts): string {
  const parts = [cpus === undefined ? null : `${cpus} CPU${cpus === 1 ? "" : "s"}`, memoryBytes === undefined ? null : formatBytes(memoryBytes)];
  return parts.filter(Boolean).join(" · ") || "none";
}

export function formatMode(mode: ServiceSpecForm["mode"]): string {
  return mode.type === "global" ? "global (one task per eligible node)" : `replicated, ${mode.replicas} replica${mode.replicas === 1 ? "" : "s"}`;
}

export function formatPolicy(policy: Policy): string {
  if (!policy) return "Docker's default: one task at a time, stop first, pause on failure";
  const parallelism = policy.parallelism === 0 ? "all tasks at once" : `${policy.parallelism} at a time`;
  return `${parallelism}, ${policy.order}, delay ${policy.delay}, on failure ${policy.failureAction}, monitor ${policy.monitor}, max failure ratio ${policy.maxFailureRatio}`;
}

export function formatRestart(policy: ServiceSpecForm["restartPolicy"]): string {
  if (!policy) return "Docker's default: always, after 5s";
  const attempts = policy.maxAttempts === 0 ? "no attempt limit" : `at most ${policy.maxAttempts} attempts`;
  return `${policy.condition}, after ${policy.delay}, ${attempts}, window ${policy.window}`;
}

export function formatHealth(check: ServiceSpecForm["healthCheck"]): string {
  if (!check) return "as the image defines it";
  if (check.test[0] === "NONE") return "off";
  return `${check.test.slice(1).join(" ")} (every ${check.interval}, timeout ${check.timeout}, ${check.retries} retries, start period ${check.startPeriod})`;
}

export function formatMounts(mounts: ServiceSpecForm["mounts"]): string[] {
  return mounts.map((m) => `${m.type} ${m.source || "(anonymous)"} → ${m.target}${m.readOnly ? " (read-only)" : ""}`);
}

export function formatFileRefs(refs: ServiceSpecForm["secrets"]): string[] {
  return refs.map((r) => `${r.name} → ${r.target}`);
}

export function formatLogDriver(driver: ServiceSpecForm["logDriver"]): string {
  if (!driver) return "the node's default";
  const options = Object.entries(driver.options).map(([k, v]) => `${k}=${v}`);
  return options.length ? `${driver.name} (${options.join(", ")})` : driver.name;
}
