/**
 * Errors as values with a code: a failed agent command carries its protocol ErrorCode, which maps
 * to a tRPC code here; the UI shows the message, and `data.appCode` keeps the precise reason.
 */
import { TRPCError } from "@trpc/server";
import type { ErrorCode, ErrorReply } from "@wheelhouse/protocol";

export class AgentCallError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "AgentCallError";
    this.code = code;
  }
}

const TRPC_CODE: Record<ErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  ENGINE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  AGENT_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  TIMEOUT: "GATEWAY_TIMEOUT",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

export function toTRPCError(error: AgentCallError): TRPCError {
  return new TRPCError({ code: TRPC_CODE[error.code], message: error.message, cause: error });
}

const ERROR_CODE: Partial<Record<TRPCError["code"], ErrorCode>> = {
  BAD_REQUEST: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  FORBIDDEN: "FORBIDDEN",
  UNAUTHORIZED: "UNAUTHORIZED",
  GATEWAY_TIMEOUT: "TIMEOUT",
};

/**
 * A refusal as a protocol reply, for what answers outside tRPC (a stream's open): the access
 * checks and agent calls that procedures share throw, and a stream answers with their words.
 */
export function errorReplyOf(error: unknown): ErrorReply | null {
  if (error instanceof AgentCallError) return { ok: false, code: error.code, message: error.message };
  if (!(error instanceof TRPCError)) return null;
  if (error.cause instanceof AgentCallError) return errorReplyOf(error.cause);
  return { ok: false, code: ERROR_CODE[error.code] ?? "INTERNAL", message: error.message };
}
