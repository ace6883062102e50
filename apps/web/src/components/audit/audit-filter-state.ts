/**
 * The audit page's filters as the form holds them, and as the API and the export link take them.
 * Time ranges are presets counted back from when they were chosen, or a custom pair of local times.
 */
import type { AuditFilterInput } from "@wheelhouse/api";

export const TIME_RANGES = [
  { value: "any", label: "Any time" },
  { value: "hour", label: "Last hour" },
  { value: "day", label: "Last 24 hours" },
  { value: "week", label: "Last 7 days" },
  { value: "custom", label: "Custom range" },
] as const;
export type TimeRange = (typeof TIME_RANGES)[number]["value"];

const RANGE_MS: Partial<Record<TimeRange, number>> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

export interface AuditFilterState {
  user: string;
  action: string;
  target: string;
  outcome: "" | "allowed" | "denied" | "failed";
  range: TimeRange;
  /** When a preset range was chosen; "last hour" counts back from here. */
  rangeChosenAt: number;
  /** `datetime-local` values, for a custom range. */
  customFrom: string;
  customTo: string;
}

export const NO_FILTER: AuditFilterState = { user: "", action: "", target: "", outcome: "", range: "any", rangeChosenAt: 0, customFrom: "", customTo: "" };

function localTime(value: string): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && Number.isFinite(date.getTime()) ? date : undefined;
}

export function toApiFilter(state: AuditFilterState): AuditFilterInput {
  const span = RANGE_MS[state.range];
  const custom = state.range === "custom";
  return {
    user: state.user.trim() || undefined,
    action: state.action || undefined,
    target: state.target.trim() || undefined,
    outcome: state.outcome || undefined,
    from: span ? new Date(state.rangeChosenAt - span) : custom ? localTime(state.customFrom) : undefined,
    to: custom ? localTime(state.customTo) : undefined,
  };
}

export function isFiltered(state: AuditFilterState): boolean {
  return Object.values(toApiFilter(state)).some((value) => value !== undefined);
}

/** The export route's URL for these filters, so a download holds what the table shows. */
export function exportHref(format: "csv" | "ndjson", filter: AuditFilterInput): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter)) {
    if (value instanceof Date) params.set(key, value.toISOString());
    else if (typeof value === "string") params.set(key, value);
  }
  return `/api/audit/export?${params.toString()}`;
}
