/** Saves what a log view shows as a file, through the browser's own download. */
import { exportLines, type ExportOptions } from "./model/log-export";
import type { LogRows } from "./model/log-rows";
import type { LogStore } from "./model/log-store";

export function downloadLogs(store: LogStore, rows: LogRows, options: ExportOptions, name: string): void {
  const parts = exportLines(store, rows, options);
  const type = options.format === "ndjson" ? "application/x-ndjson" : "text/plain";
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name.replace(/[^\w.-]+/g, "_")}-${new Date().toISOString().replace(/[:.]/g, "-")}.${options.format === "ndjson" ? "ndjson" : "log"}`;
  link.click();
  // The click starts the download at once; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
