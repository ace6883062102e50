/**
 * readLogs: a container's log as batches of lines, with tail, since/until, follow, stream choice,
 * a search run here rather than by the viewer, and a resume from a cursor with no gap or repeat.
 *
 * What `since` costs: the json-file driver (Docker's default, unrotated unless max-size is set)
 * answers `since` by decoding every entry of every file from the oldest, so on a long-lived
 * container a resume asking `since` waits for a scan of gigabytes before its first line. `tail`,
 * by contrast, reads the files backwards from the end. A resume therefore asks for a bounded tail
 * window without `since` and drops what it has already seen; when the oldest line of the window is
 * not older than the cursor (the fault lasted longer than the window holds), it asks a wider one,
 * and only then pays for the `since` scan. A follow with a tail starts at the end of the live file
 * and rides Docker's rotation from there (see read-logs.test.ts).
 */
import type { Readable } from "node:stream";
import type Docker from "dockerode";
import { LogRequest, type LogBatch, type LogCursor, type LogLine, type LogRequestInput } from "@wheelhouse/protocol";
import { RuntimeError, toRuntimeError } from "../errors.ts";
import { CursorTracker, ResumeFilter, cursorStart } from "./cursor.ts";
import { openEngineLogs, type EngineLogQuery } from "./engine-stream.ts";
import { FollowRepeatFilter } from "./follow-repeats.ts";
import { lineJsonBytes } from "./json-size.ts";
import { LogDecoder, type DecodedLine } from "./log-decoder.ts";
import { compileSearch, type LineFilter } from "./search.ts";
import { normalizeTimestamp, toEngineTime } from "./timestamps.ts";

export interface ReadLogsOptions {
  /** A batch is handed on when it holds this many lines, or this many bytes as JSON at most (lineJsonBytes)... */
  maxLines?: number;
  maxBatchBytes?: number;
  /** ...or this long after its first line arrived. */
  maxDelayMs?: number;
  /** A line longer than this (after Docker's 16 KiB pieces are joined) is cut and marked truncated. */
  maxLineBytes?: number;
  /** Tail windows, in lines, a resume tries before scanning with `since`. */
  resumeWindows?: number[];
  /** Named in the error when the engine cannot be reached. */
  endpoint?: string;
}

const DEFAULTS = { maxLines: 1000, maxBatchBytes: Infinity, maxDelayMs: 20, maxLineBytes: 1024 * 1024, resumeWindows: [10_000, 250_000], endpoint: "the Docker Engine" };
// A search that matches nothing still reports its progress (a cursor) at this pace.
const PROGRESS_MS = 1000;
const TIMED_OUT = Symbol("timed out");

export async function* readLogs(docker: Docker, input: LogRequestInput, signal: AbortSignal, options: ReadLogsOptions = {}): AsyncGenerator<LogBatch> {
  const settings = { ...DEFAULTS, ...options };
  const request = parseRequest(input);
  const reader = { docker, request, signal, settings, search: compileSearch(request.search) };
  try {
    const info = await docker.getContainer(request.containerId).inspect({ abortSignal: signal });
    for (const attempt of plan(request, settings.resumeWindows)) {
      const covered = yield* readOnce({ ...reader, tty: info.Config.Tty }, attempt.query, attempt.mustReachBefore);
      if (covered) return;
    }
  } catch (error) {
    if (!signal.aborted) throw toRuntimeError(error, settings.endpoint);
  }
}

function parseRequest(input: LogRequestInput): LogRequest {
  const parsed = LogRequest.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RuntimeError("BAD_REQUEST", `Invalid log request: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "rejected"}`);
  }
  return parsed.data;
}

interface Attempt {
  query: EngineLogQuery;
  /** Set when the attempt only covers the cursor if its first line is older than this cursor. */
  mustReachBefore?: LogCursor;
}

function plan(request: LogRequest, windows: number[]): Attempt[] {
  const until = engineBound(request.until);
  const base = { follow: request.follow, ...(until === undefined ? {} : { until }) };
  const cursor = request.resume;
  if (cursor === undefined) {
    const since = engineBound(request.since);
    return [{ query: { ...base, tail: request.tail ?? "all", ...(since === undefined ? {} : { since }) } }];
  }
  return [
    ...windows.map((tail) => ({ query: { ...base, tail }, mustReachBefore: cursor })),
    { query: { ...base, tail: "all" as const, since: toEngineTime(cursorStart(cursor)) } },
  ];
}

function engineBound(time: string | undefined): string | undefined {
  if (time === undefined) return undefined;
  const ts = normalizeTimestamp(time);
  if (ts === undefined) throw new RuntimeError("BAD_REQUEST", `Not a time: ${time}`);
  return toEngineTime(ts);
}

interface Reader {
  docker: Docker;
  request: LogRequest;
  signal: AbortSignal;
  settings: typeof DEFAULTS;
  search: LineFilter | undefined;
  tty: boolean;
}

/** Returns false, having yielded nothing, when the window did not reach back past `mustReachBefore`. */
async function* readOnce(reader: Reader, query: EngineLogQuery, mustReachBefore: LogCursor | undefined): AsyncGenerator<LogBatch, boolean> {
  const { request, settings } = reader;
  const stream = await openEngineLogs(reader.docker, request.containerId, query, reader.signal);
  const decoder = new LogDecoder({ tty: reader.tty, maxLineBytes: settings.maxLineBytes });
  const resume = request.resume && new ResumeFilter(request.resume);
  const repeats = request.follow ? new FollowRepeatFilter() : undefined;
  const cursor = new CursorTracker(request.resume);
  const batch = new Batch(cursor);
  const deadline = new Deadline();
  const wanted = new Set(request.streams);

  const accept = function* (lines: DecodedLine[]): Generator<LogBatch> {
    const fresh = resume || repeats ? lines.filter((line) => (resume?.admits(line.stream, line.ts) ?? true) && (repeats?.admits(line.stream, line.ts) ?? true)) : lines;
    const matches = reader.search?.(fresh.map((line) => line.text));
    for (let index = 0; index < fresh.length; index += 1) {
      const line = fresh[index] as DecodedLine;
      // Per line: a batch taken in the middle of these lines leaves the rest to the next one.
      batch.examined();
      cursor.observe(line.stream, line.ts);
      if (wanted.has(line.stream) && (matches === undefined || matches[index] === true)) batch.add(line);
      if (batch.lines.length >= settings.maxLines || batch.bytes >= settings.maxBatchBytes) yield batch.take();
    }
  };

  try {
    for (;;) {
      // All the bytes buffered at once: the engine flushes every message, so chunks are small.
      const bytes = stream.read() as Buffer | null;
      if (bytes === null) {
        if (stream.readableEnded) break;
        const woke = await Promise.race([readableOrDone(stream), deadline.at(batch.dueAt(settings.maxDelayMs))]);
        if (woke === TIMED_OUT) yield batch.take();
        continue;
      }
      const lines = decoder.write(bytes);
      if (mustReachBefore !== undefined) {
        const first = decoder.firstTs;
        if (first === undefined) continue;
        if (first >= cursorStart(mustReachBefore)) return false;
        mustReachBefore = undefined;
      }
      batch.errors.push(...decoder.takeErrors());
      yield* accept(lines);
      if ((batch.dueAt(settings.maxDelayMs) ?? Infinity) <= Date.now()) yield batch.take();
    }
    yield* accept(decoder.end());
    if (batch.hasNews) yield batch.take();
    return true;
  } finally {
    deadline.clear();
    stream.destroy();
  }
}

/** Resolves when the stream has bytes or has ended; rejects when it breaks off. */
function readableOrDone(stream: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off("readable", ready).off("end", ready).off("close", closed).off("error", settle);
      if (error) reject(error);
      else resolve();
    };
    const ready = () => settle();
    const closed = () => settle(stream.readableEnded ? undefined : (stream.errored ?? new Error("The engine closed the log stream before its end")));
    stream.on("readable", ready).on("end", ready).on("close", closed).on("error", settle);
  });
}

/** One timer for the batch's due time, however many waits it spans. */
class Deadline {
  private time: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private promise: Promise<typeof TIMED_OUT> = new Promise(() => undefined);
  private readonly never: Promise<typeof TIMED_OUT> = this.promise;

  at(time: number | undefined): Promise<typeof TIMED_OUT> {
    if (time === this.time) return this.promise;
    this.clear();
    this.time = time;
    if (time === undefined) return this.promise;
    this.promise = new Promise((resolve) => (this.timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, time - Date.now()))));
    return this.promise;
  }

  clear(): void {
    clearTimeout(this.timer);
    this.time = undefined;
    this.promise = this.never;
  }
}

/** The batch being filled, and when it is due. */
class Batch {
  lines: LogLine[] = [];
  /** At most what the lines take as JSON. */
  bytes = 0;
  errors: string[] = [];
  private firstLineAt: number | undefined;
  private firstExaminedAt: number | undefined;

  constructor(private readonly cursor: CursorTracker) {}

  examined(): void {
    this.firstExaminedAt ??= Date.now();
  }

  add(line: DecodedLine): void {
    this.firstLineAt ??= Date.now();
    this.bytes += lineJsonBytes(line.text);
    this.lines.push(line);
  }

  get hasNews(): boolean {
    return this.firstExaminedAt !== undefined || this.errors.length > 0;
  }

  dueAt(maxDelayMs: number): number | undefined {
    if (this.firstLineAt !== undefined) return this.firstLineAt + maxDelayMs;
    if (this.errors.length > 0) return Date.now();
    return this.firstExaminedAt === undefined ? undefined : this.firstExaminedAt + PROGRESS_MS;
  }

  take(): LogBatch {
    const batch: LogBatch = { lines: this.lines, cursor: this.cursor.current };
    if (this.errors.length > 0) batch.engineErrors = this.errors;
    this.lines = [];
    this.bytes = 0;
    this.errors = [];
    this.firstLineAt = undefined;
    this.firstExaminedAt = undefined;
    return batch;
  }
}
