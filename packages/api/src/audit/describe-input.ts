/**
 * How a procedure's input appears in the audit log: a short target naming what was acted on, and
 * the input itself with every secret replaced, cut to a size a log row can hold.
 */
const TARGET_KEYS = ["swarmId", "nodeId", "serviceId", "id", "name", "userId", "teamId", "roleId", "resourceSetId", "grantId", "tokenId", "recordId", "sessionId", "username"] as const;
const SECRET_KEYS = /password|secret|token|setupCode|^data$|bindCredentials/i;
const DETAIL_LIMIT = 4_000;

/** "tokenId" or "secretId" names a secret without revealing it, and is what the log must show. */
function isSecretKey(key: string): boolean {
  return SECRET_KEYS.test(key) && !/Id$/.test(key);
}

export function auditTarget(input: unknown): string {
  if (typeof input !== "object" || input === null) return "";
  const record = input as Record<string, unknown>;
  return TARGET_KEYS.filter((key) => typeof record[key] === "string" && !isSecretKey(key))
    .map((key) => `${key}=${record[key] as string}`)
    .join(" ");
}

/** Environment entries ("DB_URL=postgres://u:p@db") keep their names; values often carry credentials. */
function redactEnv(value: unknown): unknown {
  if (!Array.isArray(value)) return "[redacted]";
  return value.map((entry) => (typeof entry === "string" && entry.includes("=") ? `${entry.slice(0, entry.indexOf("="))}=[redacted]` : entry));
}

/** A compose file may hold credentials anywhere (environment, URLs); the log keeps only its size. */
function redactCompose(value: unknown): unknown {
  return typeof value === "string" ? `[compose file, ${value.split("\n").length} lines, redacted]` : "[redacted]";
}

function redactEntry(key: string, inner: unknown, depth: number): unknown {
  if (isSecretKey(key)) return "[redacted]";
  if (key === "env") return redactEnv(inner);
  if (key === "compose") return redactCompose(inner);
  return redact(inner, depth + 1);
}

function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactEntry(key, inner, depth)]));
}

/** The redacted input as JSON, with the error beside it when the call failed, cut to what a row holds. */
export function auditDetail(input: unknown, error?: string): string | undefined {
  if (input === undefined && error === undefined) return undefined;
  const json = JSON.stringify(error === undefined ? redact(input) : { error, input: redact(input) });
  return json.length > DETAIL_LIMIT ? `${json.slice(0, DETAIL_LIMIT)}…` : json;
}
