/**
 * How audit events are written out: CSV (RFC 4180) for spreadsheets, NDJSON for log pipelines.
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, and usernames, targets and details are typed by whoever acted; such a cell gets a
 * leading apostrophe so it opens as text.
 */
import type { AuditEventView } from "./read-audit.ts";

export type ExportFormat = "csv" | "ndjson";

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};

const COLUMNS = ["id", "at", "username", "userId", "ip", "action", "target", "outcome", "detail"] as const;

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const CSV_HEADER = csvLine([...COLUMNS]);

function plain(event: AuditEventView) {
  return { ...event, at: event.at.toISOString() };
}

export function formatEvent(format: ExportFormat, event: AuditEventView): string {
  const row = plain(event);
  if (format === "ndjson") return `${JSON.stringify(row)}\n`;
  return csvLine(COLUMNS.map((column) => String(row[column] ?? "")));
}

/** e.g. "wheelhouse-audit-2026-11-23.csv", in UTC like the timestamps inside. */
export function exportFileName(format: ExportFormat, now = new Date()): string {
  return `wheelhouse-audit-${now.toISOString().slice(0, 10)}.${format}`;
}
