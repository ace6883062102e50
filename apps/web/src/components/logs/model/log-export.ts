/**
 * What a download of a log view holds: the entries it shows (a collapsed stack trace with all its
 * lines), in its order, as plain text or as NDJSON, in parts a Blob takes without one giant string.
 */
import type { LogRows } from "./log-rows";
import type { LogStore } from "./log-store";
import { sourceTag, type SourceTagging } from "./source-tag";

export type ExportFormat = "text" | "ndjson";

export interface ExportOptions {
  format: ExportFormat;
  /** Text only: start each line with its timestamp, as the view shows it when timestamps are on. */
  timestamps: boolean;
  /** Text only: how each line's source is named, as the view tags it. */
  tagging: SourceTagging;
}

const LINES_PER_PART = 10_000;

export function exportLines(store: LogStore, rows: LogRows, options: ExportOptions): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  const add = (line: number) => {
    part.push(options.format === "ndjson" ? ndjsonLine(store, line) : textLine(store, line, options));
    if (part.length === LINES_PER_PART) {
      parts.push(`${part.join("\n")}\n`);
      part = [];
    }
  };
  for (let row = 0; row < rows.length; row++) {
    const line = rows.line(row);
    add(line);
    const entry = store.entryOf(line);
    if (store.entryHead(entry) === line && store.entrySize(entry) > 1 && !rows.isOpen(entry)) store.continuationLines(entry).forEach(add);
  }
  if (part.length > 0) parts.push(`${part.join("\n")}\n`);
  return parts;
}

function textLine(store: LogStore, line: number, options: ExportOptions): string {
  const source = store.source(line);
  const tag = options.tagging === "none" || !source ? "" : `${sourceTag(source, options.tagging)} | `;
  const prefix = `${options.timestamps ? `${store.timestamp(line)} ` : ""}${tag}`;
  const dropped = store.dropped(line);
  if (dropped) return `${prefix}[${dropped.lines} lines left out between ${dropped.from} and ${dropped.to}]`;
  return `${prefix}${store.plain(line)}`;
}

function ndjsonLine(store: LogStore, line: number): string {
  const source = store.source(line);
  const where = { source: source?.name, container: source?.id, node: source?.nodeName };
  const dropped = store.dropped(line);
  if (dropped) return JSON.stringify({ ts: dropped.from, ...where, dropped: dropped.lines, until: dropped.to });
  return JSON.stringify({ ts: store.timestamp(line), ...where, stream: store.kind(line), text: store.plain(line) });
}
