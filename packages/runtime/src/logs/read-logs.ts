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
import { LogDecoder, type DecodedLine } from "./log-decoder.ts";
import { compileSearch, type LineFilter } from "./search.ts";
import { normalizeTimestamp, toEngineTime } from "./timestamps.ts";

export interface ReadLogsOptions {
  /** A batch is handed on when it holds this many lines... */
  maxLines?: number;
  /** ...or this long after its first line arrived. */
  maxDelayMs?: number;
  /** A line longer than this (after Docker's 16 KiB pieces are joined) is cut and marked truncated. */
  maxLineBytes?: number;
  /** Tail windows, in lines, a resume tries before scanning with `since`. */
  resumeWindows?: number[];
  /** Named in the error when the engine cannot be reached. */
  endpoint?: string;
}

const DEFAULTS = { maxLines: 1000, maxDelayMs: 20, maxLineBytes: 1024 * 1024, resumeWindows: [10_000, 250_000], endpoint: "the Docker Engine" };
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
  const chunks = (stream as Readable & AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const decoder = new LogDecoder({ tty: reader.tty, maxLineBytes: settings.maxLineBytes });
  const resume = request.resume && new ResumeFilter(request.resume);
  const repeats = request.follow ? new FollowRepeatFilter() : undefined;
  const cursor = new CursorTracker(request.resume);
  const batch = new Batch(cursor);
  const wanted = new Set(request.streams);
  let timer: NodeJS.Timeout | undefined;

  const accept = function* (lines: DecodedLine[]): Generator<LogBatch> {
    const fresh = lines.filter((line) => (resume?.admits(line.stream, line.ts) ?? true) && (repeats?.admits(line.stream, line.ts) ?? true));
    const matches = reader.search?.(fresh.map((line) => line.text));
    for (const [index, line] of fresh.entries()) {
      cursor.observe(line.stream, line.ts);
      batch.examined();
      if (wanted.has(line.stream) && (matches === undefined || matches[index] === true)) batch.add(line);
      if (batch.lines.length >= settings.maxLines) yield batch.take();
    }
  };

  try {
    let pending = nextChunk(chunks);
    for (;;) {
      const due = batch.dueAt(settings.maxDelayMs);
      const next = due === undefined ? await pending : await Promise.race([pending, sleep(due - Date.now(), (t) => (timer = t))]);
      clearTimeout(timer);
      if (next === TIMED_OUT) {
        yield batch.take();
        continue;
      }
      if (next.done) break;
      pending = nextChunk(chunks);
      const lines = decoder.write(next.value);
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
    clearTimeout(timer);
    stream.destroy();
  }
}

function nextChunk(chunks: AsyncIterator<Buffer>): Promise<IteratorResult<Buffer>> {
  const next = chunks.next();
  // Once the stream is destroyed early, a read still pending may reject with nobody awaiting it.
  next.catch(() => undefined);
  return next;
}

function sleep(ms: number, started: (timer: NodeJS.Timeout) => void): Promise<typeof TIMED_OUT> {
  return new Promise((resolve) => started(setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms))));
}

/** The batch being filled, and when it is due. */
class Batch {
  lines: LogLine[] = [];
  errors: string[] = [];
  private firstLineAt: number | undefined;
  private firstExaminedAt: number | undefined;

  constructor(private readonly cursor: CursorTracker) {}

  examined(): void {
    this.firstExaminedAt ??= Date.now();
  }

  add(line: DecodedLine): void {
    this.firstLineAt ??= Date.now();
    this.lines.push(line.truncated ? { ts: line.ts, stream: line.stream, text: line.text, truncated: true } : { ts: line.ts, stream: line.stream, text: line.text });
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
    this.errors = [];
    this.firstLineAt = undefined;
    this.firstExaminedAt = undefined;
    return batch;
  }
}
