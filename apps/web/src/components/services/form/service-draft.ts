/**
 * The create/edit form's working copy of a service spec. It holds text where people type (numbers,
 * memory amounts, durations) and rows where they add and remove entries, so a half-typed value is
 * kept as typed; draft-to-spec.ts turns it into the protocol's spec and says what does not fit.
 */
import type { ServiceSpecForm } from "@wheelhouse/protocol";

type UpdatePolicy = NonNullable<ServiceSpecForm["updateConfig"]>;
type RestartPolicy = NonNullable<ServiceSpecForm["restartPolicy"]>;

export interface TextRow {
  id: string;
  value: string;
}
export interface KeyValueRow {
  id: string;
  key: string;
  value: string;
}
export interface PortRow {
  id: string;
  target: string;
  published: string;
  protocol: ServiceSpecForm["ports"][number]["protocol"];
  mode: ServiceSpecForm["ports"][number]["mode"];
}
export interface MountRow {
  id: string;
  type: ServiceSpecForm["mounts"][number]["type"];
  source: string;
  target: string;
  readOnly: boolean;
}
export interface FileRefRow {
  id: string;
  name: string;
  target: string;
}

/** Update and rollback policies; `custom` false leaves Docker's defaults in place. */
export interface PolicyDraft {
  custom: boolean;
  parallelism: string;
  delay: string;
  failureAction: UpdatePolicy["failureAction"];
  order: UpdatePolicy["order"];
  monitor: string;
  maxFailureRatio: string;
}

/** "image" keeps the image's own HEALTHCHECK; "disabled" turns it off (Docker's NONE). */
export type HealthKind = "image" | "shell" | "exec" | "disabled";

export interface ServiceDraft {
  name: string;
  image: string;
  /** One argument per line, so no shell quoting has to be guessed. */
  command: string;
  args: string;
  mode: ServiceSpecForm["mode"]["type"];
  replicas: string;
  constraints: TextRow[];
  preferences: TextRow[];
  limits: { cpus: string; memory: string };
  reservations: { cpus: string; memory: string };
  ports: PortRow[];
  env: KeyValueRow[];
  labels: KeyValueRow[];
  mounts: MountRow[];
  networks: TextRow[];
  secrets: FileRefRow[];
  configs: FileRefRow[];
  health: { kind: HealthKind; command: string; interval: string; timeout: string; retries: string; startPeriod: string };
  restart: { custom: boolean; condition: RestartPolicy["condition"]; delay: string; maxAttempts: string; window: string };
  stopGracePeriod: string;
  update: PolicyDraft;
  rollback: PolicyDraft;
  log: { driver: string; options: KeyValueRow[] };
}

/** What one part of the form may change. */
export type DraftPatch = Partial<ServiceDraft>;

// Docker's own defaults, so a section switched to "custom" starts from what already applies.
export const DEFAULT_POLICY: PolicyDraft = {
  custom: false,
  parallelism: "1",
  delay: "0s",
  failureAction: "pause",
  order: "stop-first",
  monitor: "5s",
  maxFailureRatio: "0",
};

export function emptyDraft(): ServiceDraft {
  return {
    name: "",
    image: "",
    command: "",
    args: "",
    mode: "replicated",
    replicas: "1",
    constraints: [],
    preferences: [],
    limits: { cpus: "", memory: "" },
    reservations: { cpus: "", memory: "" },
    ports: [],
    env: [],
    labels: [],
    mounts: [],
    networks: [],
    secrets: [],
    configs: [],
    health: { kind: "image", command: "", interval: "30s", timeout: "30s", retries: "3", startPeriod: "0s" },
    restart: { custom: false, condition: "any", delay: "5s", maxAttempts: "0", window: "0s" },
    stopGracePeriod: "",
    update: DEFAULT_POLICY,
    rollback: DEFAULT_POLICY,
    log: { driver: "", options: [] },
  };
}
