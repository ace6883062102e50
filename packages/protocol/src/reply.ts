/**
 * Every acknowledged request across a process boundary answers with a Reply: data on success,
 * or an error code with a message fit to show a person.
 */
import { z } from "zod";

export const ERROR_CODES = [
  "BAD_REQUEST",
  "NOT_FOUND",
  "CONFLICT",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "ENGINE_UNAVAILABLE",
  "AGENT_UNAVAILABLE",
  "TIMEOUT",
  "INTERNAL",
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorReply = z.object({
  ok: z.literal(false),
  code: ErrorCode,
  message: z.string(),
});
export type ErrorReply = z.infer<typeof ErrorReply>;

export type Reply<T> = { ok: true; data: T } | ErrorReply;

export function replySchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), data }), ErrorReply]);
}

export function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string): ErrorReply {
  return { ok: false, code, message };
}
