/**
 * The warning for a service without CPU or memory limits: one task of it can take a node's every
 * CPU and byte, starving whatever else runs there. As an icon in lists, as a notice in the form.
 */
import type { ServiceSpecForm } from "@wheelhouse/protocol";
import { TriangleAlert } from "lucide-react";

const NO_LIMITS_WARNING = "No CPU or memory limits: one service can starve the others";

export function lacksLimits(spec: ServiceSpecForm): boolean {
  const { cpus, memoryBytes } = spec.resources.limits;
  return cpus === undefined && memoryBytes === undefined;
}

export function NoLimitsIcon() {
  return (
    <span role="img" aria-label={NO_LIMITS_WARNING} title={NO_LIMITS_WARNING} className="inline-flex text-warning">
      <TriangleAlert aria-hidden="true" className="size-4" />
    </span>
  );
}

export function NoLimitsNotice() {
  return (
    <div role="status" className="flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{NO_LIMITS_WARNING}. Set at least a memory limit so a leak or a spike stays inside this service.</span>
    </div>
  );
}
