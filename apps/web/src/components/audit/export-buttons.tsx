/** Downloads of the audit log with the filters the table shows; the browser sends the session cookie. */
import type { AuditFilterInput } from "@wheelhouse/api";
import { buttonClasses } from "@wheelhouse/ui";
import { Download } from "lucide-react";
import { exportHref } from "./audit-filter-state";

export function ExportButtons({ filter }: { filter: AuditFilterInput }) {
  return (
    <div className="flex items-center gap-2">
      {(["csv", "ndjson"] as const).map((format) => (
        <a key={format} href={exportHref(format, filter)} download className={buttonClasses()}>
          <Download aria-hidden="true" /> {format === "csv" ? "Export CSV" : "Export NDJSON"}
        </a>
      ))}
    </div>
  );
}
