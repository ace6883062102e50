/**
 * What a log view asks the server for, as its toolbar sets it, and the subscription that makes.
 * A search goes to the server only when the view shows matching lines alone: then the agents
 * filter the history (a search over a long log ships only what matches); otherwise every line
 * comes and the view highlights the matches among them.
 */
import type { LogSearch, LogStream, LogSubscriptionInput, LogTarget } from "@wheelhouse/protocol";

export type RangeChoice = "any" | "5m" | "15m" | "1h" | "24h" | "custom";

export const RANGE_MINUTES: Record<Exclude<RangeChoice, "any" | "custom">, number> = { "5m": 5, "15m": 15, "1h": 60, "24h": 1440 };

export interface LogSettings {
  /** The last N lines of the history; null for all of it. */
  tail: number | null;
  range: RangeChoice;
  /** RFC3339, set from the range when it was chosen (a relative range starts when it is picked). */
  since?: string;
  until?: string;
  follow: boolean;
  streams: LogStream[];
  search?: LogSearch;
  /** Ask the agents for matching lines only, instead of highlighting matches among all. */
  onlyMatching: boolean;
}

export const DEFAULT_SETTINGS: LogSettings = { tail: 1000, range: "any", follow: true, streams: ["stdout", "stderr"], onlyMatching: true };

export function subscriptionOf(target: LogTarget, settings: LogSettings): LogSubscriptionInput {
  return {
    target,
    ...(settings.tail === null ? {} : { tail: settings.tail }),
    ...(settings.since ? { since: settings.since } : {}),
    ...(settings.until ? { until: settings.until } : {}),
    follow: settings.follow,
    streams: settings.streams,
    ...(settings.search && settings.onlyMatching ? { search: settings.search } : {}),
  };
}

/** The settings for a range choice made now: a relative range becomes its start time. */
export function withRange(settings: LogSettings, range: RangeChoice, now = Date.now()): LogSettings {
  if (range === "custom") return { ...settings, range };
  const { since: _since, until: _until, ...rest } = settings;
  if (range === "any") return { ...rest, range };
  return { ...rest, range, since: new Date(now - RANGE_MINUTES[range] * 60_000).toISOString() };
}

/** A datetime-local input's value (the browser's local time) as RFC3339, or undefined when empty or invalid. */
export function localInputToRfc3339(value: string): string | undefined {
  if (!value) return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** RFC3339 as a datetime-local input's value, in the browser's local time. */
export function rfc3339ToLocalInput(value: string | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}
