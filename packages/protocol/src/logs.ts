/**
 * Container logs as they cross process boundaries: what a viewer asks of an agent (LogRequest),
 * the lines it gets back in batches (LogBatch), and the cursor it keeps to resume after a fault.
 */
import { z } from "zod";
import { ContainerRef } from "./refs.ts";

/**
 * A point in time as RFC3339 with exactly nine fractional digits in UTC
 * (`2026-11-23T13:54:15.338086833Z`): fixed width, so string order is time order to the nanosecond.
 */
export const LogTimestamp = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/, "Not a UTC timestamp with nine fractional digits");
export type LogTimestamp = z.infer<typeof LogTimestamp>;

/** Any RFC3339 time a person or a UI may give for since/until; the agent normalizes it. */
export const LogTimeBound = z
  .string()
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/, "Not an RFC3339 time (e.g. 2026-01-31T12:00:00Z)");

export const LOG_STREAMS = ["stdout", "stderr"] as const;
export const LogStream = z.enum(LOG_STREAMS);
export type LogStream = z.infer<typeof LogStream>;

/** Long enough for any pattern a person types; short enough that compiling it is never the cost. */
export const MAX_LOG_PATTERN_LENGTH = 512;

export const LogSearch = z.object({
  pattern: z.string().min(1).max(MAX_LOG_PATTERN_LENGTH),
  /** A JavaScript regular expression when true, a plain substring otherwise. */
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(false),
});
export type LogSearch = z.infer<typeof LogSearch>;

/**
 * The latest timestamp examined on one stream, and how many of its lines carrying exactly it; a
 * count of 0 means none of its lines was examined yet, and every one from `ts` on is still to come.
 */
export const LogPosition = z.object({
  ts: LogTimestamp,
  countAtTs: z.number().int().nonnegative(),
});
export type LogPosition = z.infer<typeof LogPosition>;

/**
 * Where a reader stopped, per stream: Docker stamps stdout and stderr from two copiers, so lines of
 * different streams can sit in the log slightly out of timestamp order, while each stream's own
 * lines are in order. Lines may share a nanosecond, hence the count. It counts every line examined,
 * matched or not, so it stays valid whatever the streams and search of the request resuming from it.
 */
export const LogCursor = z.object({ stdout: LogPosition, stderr: LogPosition });
export type LogCursor = z.infer<typeof LogCursor>;

export const LogRequest = z.object({
  containerId: ContainerRef.shape.id,
  /** The last N lines of the history; all of it when absent. Ignored when resuming. */
  tail: z.number().int().nonnegative().optional(),
  /** Ignored when resuming: the cursor is later. */
  since: LogTimeBound.optional(),
  until: LogTimeBound.optional(),
  follow: z.boolean().default(false),
  streams: z.array(LogStream).min(1).default([...LOG_STREAMS]),
  search: LogSearch.optional(),
  /** Continue after this cursor, with no line missed or repeated. */
  resume: LogCursor.optional(),
});
export type LogRequest = z.infer<typeof LogRequest>;
export type LogRequestInput = z.input<typeof LogRequest>;

export const LogLine = z.object({
  ts: LogTimestamp,
  stream: LogStream,
  text: z.string(),
  /** Set when the line was longer than the reader keeps and its end was cut off. */
  truncated: z.literal(true).optional(),
});
export type LogLine = z.infer<typeof LogLine>;

export const LogBatch = z.object({
  lines: z.array(LogLine),
  /** Resume from here to get what follows this batch; null until a line has been examined. */
  cursor: LogCursor.nullable(),
  /** What the engine reported on its error stream (e.g. an unreadable log file), in its words. */
  engineErrors: z.array(z.string()).optional(),
});
export type LogBatch = z.infer<typeof LogBatch>;
