/**
 * How a procedure's input appears in the audit log: a short target naming what was acted on, and
 * the input itself with every secret replaced, cut to a size a log row can hold.
 */
const TARGET_KEYS = ["swarmId", "nodeId", "serviceId", "id", "name", "userId", "teamId", "roleId", "resourceSetId", "grantId", "tokenId", "recordId", "username"] as const;
const SECRET_KEYS = /password|secret|token|setupCode|^data$|bindCredentials/i;
const DETAIL_LIMIT = 4_000;

export function auditTarget(input: unknown): string {
  if (typeof input !== "object" || input === null) return "";
  const record = input as Record<string, unknown>;
  return TARGET_KEYS.filter((key) => typeof record[key] === "string" && !SECRET_KEYS.test(key))
    .map((key) => `${key}=${record[key] as string}`)
    .join(" ");
}

function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_KEYS.test(key) ? "[redacted]" : redact(inner, depth + 1)]));
}

export function auditDetail(input: unknown): string | undefined {
  if (input === undefined) return undefined;
  const json = JSON.stringify(redact(input));
  return json.length > DETAIL_LIMIT ? `${json.slice(0, DETAIL_LIMIT)}…` : json;
}
