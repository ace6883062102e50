/**
 * Where a problem with the spec shows up: `specPath` is how the schema (and the server, as
 * "spec.image: ...") names it; `fieldKey` names the form field beside which it is drawn.
 */
import type { RowIds, RowList } from "./draft-to-spec";

const LISTS: Partial<Record<string, RowList>> = {
  env: "env",
  labels: "labels",
  ports: "ports",
  mounts: "mounts",
  networks: "networks",
  secrets: "secrets",
  configs: "configs",
};
const POLICIES: Partial<Record<string, string>> = { restartPolicy: "restart", updateConfig: "update", rollbackConfig: "rollback" };

export function specPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "spec" : path.map(String).join(".");
}

export function fieldKey(path: readonly PropertyKey[], rowIds: RowIds): string {
  const [head, second, third] = path.map((part) => (typeof part === "number" ? part : String(part)));
  const row = (list: RowList, index: string | number | undefined, field?: string | number) => {
    const id = typeof index === "number" ? rowIds[list][index] : undefined;
    return [list, id ?? "?", ...(field === undefined ? [] : [field])].join(".");
  };
  if (head === "mode") return "replicas";
  if (head === "resources") return `${String(second)}.${third === "memoryBytes" ? "memory" : "cpus"}`;
  if (head === "placement") return row(second === "preferences" ? "preferences" : "constraints", third);
  if (head === "logDriver") return second === "options" ? row("logOptions", third) : "log.driver";
  if (head === "healthCheck") return second === "test" ? "health.command" : `health.${String(second)}`;
  const policy = POLICIES[String(head)];
  if (policy) return `${policy}.${String(second)}`;
  const list = LISTS[String(head)];
  if (list) return row(list, second, third);
  return String(head ?? "spec");
}
