/**
 * The form's draft as the protocol's spec input. Blank rows are left out, so an "Add" clicked by
 * mistake is not an error; the row ids kept in spec order let a problem found in the spec be shown
 * beside the row it came from. Text that is not a number (or a memory amount) is reported here,
 * with the spec path the schema would use; the schema itself checks everything else.
 */
import type { ServiceSpecInput } from "@wheelhouse/protocol";
import { parseMemory } from "./memory-amount";
import type { FileRefRow, KeyValueRow, PolicyDraft, ServiceDraft } from "./service-draft";

export interface SpecIssue {
  path: PropertyKey[];
  message: string;
}

export type RowList = "env" | "labels" | "ports" | "mounts" | "networks" | "secrets" | "configs" | "constraints" | "preferences" | "logOptions";
/** For each list, the ids of the draft rows that made it into the spec, in spec order. */
export type RowIds = Record<RowList, string[]>;

export interface DraftConversion {
  spec: ServiceSpecInput;
  issues: SpecIssue[];
  rowIds: RowIds;
}

const HEALTH_PREFIX = { shell: "CMD-SHELL", exec: "CMD", disabled: "NONE" } as const;

export function draftToSpec(draft: ServiceDraft): DraftConversion {
  const issues: SpecIssue[] = [];
  const number = (text: string, path: PropertyKey[], message: string, pattern = /^\d+$/) => {
    const trimmed = text.trim();
    if (trimmed === "") return undefined;
    if (pattern.test(trimmed)) return Number(trimmed);
    issues.push({ path, message });
    return undefined;
  };
  const amounts = (which: "limits" | "reservations") => {
    const { cpus, memory } = draft[which];
    const memoryBytes = memory.trim() === "" ? undefined : parseMemory(memory);
    if (memory.trim() !== "" && memoryBytes === undefined) issues.push({ path: ["resources", which, "memoryBytes"], message: "Write memory like 512M or 2G" });
    return { cpus: number(cpus, ["resources", which, "cpus"], "Write CPUs as a number, e.g. 0.5 or 2", /^\d*\.?\d+$/), memoryBytes };
  };
  const policy = (p: PolicyDraft, key: "updateConfig" | "rollbackConfig") =>
    p.custom
      ? {
          parallelism: number(p.parallelism, [key, "parallelism"], "Parallelism is a whole number; 0 replaces every task at once") ?? 0,
          delay: p.delay.trim(),
          failureAction: p.failureAction,
          order: p.order,
          monitor: p.monitor.trim(),
          maxFailureRatio: number(p.maxFailureRatio, [key, "maxFailureRatio"], "Write the ratio as a number from 0 to 1, e.g. 0.2", /^\d*\.?\d+$/) ?? 0,
        }
      : undefined;

  const env = draft.env.filter((r) => r.key.trim() !== "" || r.value !== "");
  const labels = draft.labels.filter((r) => r.key.trim() !== "" || r.value !== "");
  const ports = draft.ports.filter((r) => r.target.trim() !== "" || r.published.trim() !== "");
  const mounts = draft.mounts.filter((r) => r.source.trim() !== "" || r.target.trim() !== "");
  const networks = draft.networks.filter((r) => r.value.trim() !== "");
  const secrets = draft.secrets.filter(filled);
  const configs = draft.configs.filter(filled);
  const constraints = draft.constraints.filter((r) => r.value.trim() !== "");
  const preferences = draft.preferences.filter((r) => r.value.trim() !== "");
  const logOptions = draft.log.options.filter((r) => r.key.trim() !== "" || r.value !== "");

  const spec: ServiceSpecInput = {
    name: draft.name.trim(),
    image: draft.image.trim(),
    command: lines(draft.command),
    args: lines(draft.args),
    mode: draft.mode === "global" ? { type: "global" } : { type: "replicated", replicas: number(draft.replicas, ["mode", "replicas"], "Replicas is a whole number, e.g. 3") ?? 0 },
    placement: { constraints: constraints.map((r) => r.value.trim()), preferences: preferences.map((r) => r.value.trim()) },
    resources: { limits: amounts("limits"), reservations: amounts("reservations") },
    ports: ports.map((r, i) => ({
      target: number(r.target, ["ports", i, "target"], "Give the container port, a number from 1 to 65535") ?? required(issues, ["ports", i, "target"], "Give the container port"),
      published: number(r.published, ["ports", i, "published"], "The published port is a number from 1 to 65535"),
      protocol: r.protocol,
      mode: r.mode,
    })),
    env: env.map((r) => `${r.key.trim()}=${r.value}`),
    labels: labelRecord(labels, issues),
    mounts: mounts.map((r) => ({ type: r.type, source: r.source.trim(), target: r.target.trim(), readOnly: r.readOnly })),
    networks: networks.map((r) => r.value.trim()),
    secrets: secrets.map(fileRef),
    configs: configs.map(fileRef),
    healthCheck: healthCheck(draft.health, issues, number),
    restartPolicy: draft.restart.custom
      ? {
          condition: draft.restart.condition,
          delay: draft.restart.delay.trim(),
          maxAttempts: number(draft.restart.maxAttempts, ["restartPolicy", "maxAttempts"], "Max attempts is a whole number; 0 means no limit") ?? 0,
          window: draft.restart.window.trim(),
        }
      : undefined,
    stopGracePeriod: draft.stopGracePeriod.trim() || undefined,
    updateConfig: policy(draft.update, "updateConfig"),
    rollbackConfig: policy(draft.rollback, "rollbackConfig"),
    logDriver: logDriver(draft.log.driver, logOptions, issues),
  };
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
  const rowIds: RowIds = {
    env: ids(env),
    labels: ids(labels),
    ports: ids(ports),
    mounts: ids(mounts),
    networks: ids(networks),
    secrets: ids(secrets),
    configs: ids(configs),
    constraints: ids(constraints),
    preferences: ids(preferences),
    logOptions: ids(logOptions),
  };
  return { spec, issues, rowIds };
}

function filled(row: FileRefRow): boolean {
  return row.name.trim() !== "" || row.target.trim() !== "";
}

function fileRef(row: FileRefRow) {
  return { name: row.name.trim(), target: row.target.trim() };
}

/** One argument per line; blank lines are not arguments. */
function lines(text: string): string[] {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
}

function required(issues: SpecIssue[], path: PropertyKey[], message: string): number {
  if (!issues.some((issue) => samePath(issue.path, path))) issues.push({ path, message });
  return 0;
}

export function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

function labelRecord(rows: KeyValueRow[], issues: SpecIssue[]): Record<string, string> {
  const result: Record<string, string> = {};
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (key === "") issues.push({ path: ["labels", i], message: "A label needs a key" });
    else if (key in result) issues.push({ path: ["labels", i], message: `The label ${key} is given twice` });
    else result[key] = row.value;
  });
  return result;
}

function healthCheck(health: ServiceDraft["health"], issues: SpecIssue[], number: (text: string, path: PropertyKey[], message: string) => number | undefined) {
  if (health.kind === "image") return undefined;
  if (health.kind === "disabled") return { test: ["NONE"] };
  const command = health.kind === "shell" ? [health.command.trim()].filter((line) => line !== "") : lines(health.command);
  if (command.length === 0) issues.push({ path: ["healthCheck", "test"], message: "Give the command the health check runs" });
  return {
    test: [HEALTH_PREFIX[health.kind], ...command],
    interval: health.interval.trim(),
    timeout: health.timeout.trim(),
    retries: number(health.retries, ["healthCheck", "retries"], "Retries is a whole number, at least 1") ?? 3,
    startPeriod: health.startPeriod.trim(),
  };
}

function logDriver(driver: string, options: KeyValueRow[], issues: SpecIssue[]) {
  const name = driver.trim();
  if (name === "") {
    if (options.length > 0) issues.push({ path: ["logDriver", "name"], message: "Name the log driver these options are for" });
    return undefined;
  }
  const record: Record<string, string> = {};
  options.forEach((row, i) => {
    if (row.key.trim() === "") issues.push({ path: ["logDriver", "options", i], message: "A log option needs a name" });
    else record[row.key.trim()] = row.value;
  });
  return { name, options: record };
}
