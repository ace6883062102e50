/** A service spec (read from Docker, or parsed from YAML) as the form's draft. */
import type { ServiceSpecForm } from "@wheelhouse/protocol";
import { formatMemory } from "./memory-amount";
import { rowId } from "./rows";
import { DEFAULT_POLICY, emptyDraft, type HealthKind, type KeyValueRow, type PolicyDraft, type ServiceDraft, type TextRow } from "./service-draft";

type Policy = ServiceSpecForm["updateConfig"];
type Health = ServiceSpecForm["healthCheck"];

const HEALTH_KINDS: Record<string, HealthKind> = { "CMD-SHELL": "shell", CMD: "exec", NONE: "disabled" };

export function draftFromSpec(spec: ServiceSpecForm): ServiceDraft {
  const empty = emptyDraft();
  const { limits, reservations } = spec.resources;
  return {
    name: spec.name,
    image: spec.image,
    command: spec.command.join("\n"),
    args: spec.args.join("\n"),
    mode: spec.mode.type,
    replicas: spec.mode.type === "replicated" ? String(spec.mode.replicas) : empty.replicas,
    constraints: textRows(spec.placement.constraints),
    preferences: textRows(spec.placement.preferences),
    limits: { cpus: limits.cpus?.toString() ?? "", memory: formatMemory(limits.memoryBytes) },
    reservations: { cpus: reservations.cpus?.toString() ?? "", memory: formatMemory(reservations.memoryBytes) },
    ports: spec.ports.map((p) => ({ id: rowId(), target: String(p.target), published: p.published?.toString() ?? "", protocol: p.protocol, mode: p.mode })),
    env: spec.env.map(envRow),
    labels: keyValueRows(spec.labels),
    mounts: spec.mounts.map((m) => ({ id: rowId(), ...m })),
    networks: textRows(spec.networks),
    secrets: spec.secrets.map((s) => ({ id: rowId(), ...s })),
    configs: spec.configs.map((c) => ({ id: rowId(), ...c })),
    health: healthDraft(spec.healthCheck, empty.health),
    restart: spec.restartPolicy
      ? { custom: true, ...spec.restartPolicy, maxAttempts: String(spec.restartPolicy.maxAttempts) }
      : empty.restart,
    stopGracePeriod: spec.stopGracePeriod ?? "",
    update: policyDraft(spec.updateConfig),
    rollback: policyDraft(spec.rollbackConfig),
    log: { driver: spec.logDriver?.name ?? "", options: keyValueRows(spec.logDriver?.options ?? {}) },
  };
}

function textRows(values: readonly string[]): TextRow[] {
  return values.map((value) => ({ id: rowId(), value }));
}

function keyValueRows(record: Record<string, string>): KeyValueRow[] {
  return Object.entries(record).map(([key, value]) => ({ id: rowId(), key, value }));
}

function envRow(entry: string): KeyValueRow {
  const equals = entry.indexOf("=");
  return equals === -1 ? { id: rowId(), key: entry, value: "" } : { id: rowId(), key: entry.slice(0, equals), value: entry.slice(equals + 1) };
}

function healthDraft(check: Health, fallback: ServiceDraft["health"]): ServiceDraft["health"] {
  if (!check) return fallback;
  const [first, ...rest] = check.test;
  const kind = HEALTH_KINDS[first ?? ""];
  return {
    kind: kind ?? "exec",
    // A CMD-SHELL test is one shell line; a CMD test is an argv, one argument per line.
    command: (kind ? rest : check.test).join("\n"),
    interval: check.interval,
    timeout: check.timeout,
    retries: String(check.retries),
    startPeriod: check.startPeriod,
  };
}

function policyDraft(policy: Policy): PolicyDraft {
  if (!policy) return DEFAULT_POLICY;
  return { ...policy, custom: true, parallelism: String(policy.parallelism), maxFailureRatio: String(policy.maxFailureRatio) };
}
