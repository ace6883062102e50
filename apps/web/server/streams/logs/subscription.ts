/**
 * A browser's LogSubscription, parsed once at the open: bad input (a malformed target, a time that
 * is not one, a regular expression that does not compile) is refused there with BAD_REQUEST and a
 * reason that names no engine, and what the relay applies itself to live lines is prepared here.
 */
import { LogSubscription, fail, type ErrorReply, type LogStream, type LogTimestamp } from "@wheelhouse/protocol";
import { RuntimeError, compileSearch, normalizeTimestamp, type LineFilter } from "@wheelhouse/runtime";

/** What a viewer wants of lines a shared follow hands it, which asked the agent for all of them. */
export interface LiveFilters {
  streams: ReadonlySet<LogStream>;
  since: LogTimestamp | undefined;
  until: LogTimestamp | undefined;
  /** The same search the agent runs on history (packages/runtime's compileSearch). */
  search: LineFilter | undefined;
}

export interface Subscription {
  request: Omit<LogSubscription, "target" | "resume">;
  target: LogSubscription["target"];
  resume: LogSubscription["resume"];
  live: LiveFilters;
}

export function parseSubscription(params: unknown): Subscription | ErrorReply {
  const parsed = LogSubscription.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ` : "";
    return fail("BAD_REQUEST", `Invalid log subscription: ${where}${issue?.message ?? "rejected"}`);
  }
  const { target, resume, ...request } = parsed.data;
  try {
    const live = { streams: new Set(request.streams), since: time(request.since), until: time(request.until), search: compileSearch(request.search) };
    return { request, target, resume, live };
  } catch (error) {
    if (error instanceof RuntimeError) return fail("BAD_REQUEST", error.message);
    throw error;
  }
}

function time(text: string | undefined): LogTimestamp | undefined {
  if (text === undefined) return undefined;
  const ts = normalizeTimestamp(text);
  if (ts === undefined) throw new RuntimeError("BAD_REQUEST", `Not a time: ${text}`);
  return ts;
}
