/** RuntimeError: a failure of the Docker Engine (or of reaching it) as a protocol error code and a message fit to show a person. */
import type { ErrorCode } from "@wheelhouse/protocol";

export class RuntimeError extends Error {
  override readonly name = "RuntimeError";

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

// What docker-modem puts on its errors: the HTTP status and Docker's JSON body, or a socket error code.
interface EngineFailure {
  statusCode?: number;
  json?: unknown;
  code?: string;
  message?: string;
}

// Docker answers 403 when an object's state forbids the operation (a network with active endpoints,
// a built-in network): a conflict with the engine's state, not a lack of permission.
const codeByStatus: Partial<Record<number, ErrorCode>> = { 400: "BAD_REQUEST", 403: "CONFLICT", 404: "NOT_FOUND", 409: "CONFLICT" };

const unreachableReasons: Partial<Record<string, string>> = {
  ENOENT: "no socket at that path",
  ECONNREFUSED: "connection refused",
  EACCES: "permission denied (is the agent's user allowed to use the socket?)",
  ECONNRESET: "the connection was reset",
  EPIPE: "the connection was closed",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "the host name could not be resolved",
  ABORT_ERR: "it did not answer in time",
};

/** Docker 304s a start or stop of a container already in that state; the caller's wish is met. */
export function isNotModified(error: unknown): boolean {
  return failureOf(error).statusCode === 304;
}

export function toRuntimeError(error: unknown, endpoint: string): RuntimeError {
  if (error instanceof RuntimeError) return error;
  const failure = failureOf(error);
  if (failure.statusCode !== undefined) {
    return new RuntimeError(codeByStatus[failure.statusCode] ?? "INTERNAL", engineMessage(failure), { cause: error });
  }
  const reason = failure.code === undefined ? undefined : unreachableReasons[failure.code];
  if (reason !== undefined) {
    return new RuntimeError("ENGINE_UNAVAILABLE", `Cannot reach the Docker Engine at ${endpoint}: ${reason}`, { cause: error });
  }
  return new RuntimeError("INTERNAL", failure.message ?? String(error), { cause: error });
}

function failureOf(error: unknown): EngineFailure {
  return typeof error === "object" && error !== null ? (error as EngineFailure) : {};
}

// Docker's own words (e.g. "conflict: unable to remove repository reference ...") are what a person
// needs; docker-modem's "(HTTP code 409) unexpected - " prefix is not.
function engineMessage(failure: EngineFailure): string {
  const body = failure.json;
  if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") return body.message;
  return (failure.message ?? "The Docker Engine refused the request").replace(/^\(HTTP code \d+\)[^-]*- /, "").trim();
}
