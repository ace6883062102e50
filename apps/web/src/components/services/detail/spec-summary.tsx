/** The main fields of a service's spec, read-only. */
import type { ServiceSpecForm } from "@wheelhouse/protocol";
import { KeyValueList } from "@wheelhouse/ui";
import { formatServicePorts } from "../service-ports";
import { formatAmounts, formatFileRefs, formatHealth, formatLogDriver, formatMode, formatMounts, formatPolicy, formatRestart } from "./spec-format";

/** Several values, one per line; a dash when there are none. */
function lines(values: readonly string[]) {
  return values.length === 0 ? "" : <span className="whitespace-pre-line">{values.join("\n")}</span>;
}

export function SpecSummary({ spec }: { spec: ServiceSpecForm }) {
  return (
    <KeyValueList
      items={[
        { label: "Image", value: spec.image, mono: true },
        { label: "Command", value: spec.command.length ? spec.command.join(" ") : "the image's entrypoint", mono: spec.command.length > 0 },
        { label: "Arguments", value: spec.args.length ? spec.args.join(" ") : "the image's CMD", mono: spec.args.length > 0 },
        { label: "Mode", value: formatMode(spec.mode) },
        { label: "Constraints", value: lines(spec.placement.constraints), mono: true },
        { label: "Spread over", value: lines(spec.placement.preferences), mono: true },
        { label: "Limits", value: formatAmounts(spec.resources.limits) },
        { label: "Reservations", value: formatAmounts(spec.resources.reservations) },
        { label: "Ports", value: lines(formatServicePorts(spec.ports)), mono: true },
        { label: "Environment", value: lines(spec.env), mono: true },
        { label: "Mounts", value: lines(formatMounts(spec.mounts)), mono: true },
        { label: "Networks", value: lines(spec.networks), mono: true },
        { label: "Secrets", value: lines(formatFileRefs(spec.secrets)), mono: true },
        { label: "Configs", value: lines(formatFileRefs(spec.configs)), mono: true },
        { label: "Health check", value: formatHealth(spec.healthCheck) },
        { label: "Restart policy", value: formatRestart(spec.restartPolicy) },
        { label: "Stop grace period", value: spec.stopGracePeriod ?? "10s (Docker's default)" },
        { label: "Update policy", value: formatPolicy(spec.updateConfig) },
        { label: "Rollback policy", value: formatPolicy(spec.rollbackConfig) },
        { label: "Logging", value: formatLogDriver(spec.logDriver) },
        { label: "Labels", value: lines(Object.entries(spec.labels).map(([k, v]) => `${k}=${v}`)), mono: true },
      ]}
    />
  );
}
