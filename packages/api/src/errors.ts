/**
 * Errors as values with a code: a failed agent command carries its protocol ErrorCode, which maps
 * to a tRPC code here; the UI shows the message, and `data.appCode` keeps the precise reason.
 */
import { TRPCError } from "@trpc/server";
import type { ErrorCode } from "@wheelhouse/protocol";

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
