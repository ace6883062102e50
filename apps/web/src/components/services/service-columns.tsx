/** The services table's columns. */
import type { ServiceSummary } from "@wheelhouse/protocol";
import { Badge, formatDateTime, formatRelativeTime, type DataTableColumn } from "@wheelhouse/ui";
import Link from "next/link";
import { LimitsFlag } from "./limits-flag";
import { ReplicasMeter } from "./replicas-meter";
import { formatServicePorts } from "./service-ports";
import { UpdateStatusBadge } from "./update-status-badge";

export function serviceColumns(swarmId: string): DataTableColumn<ServiceSummary>[] {
  return [
    {
      key: "name",
      header: "Name",
      sortValue: (s) => s.name,
      cell: (s) => (
        <div>
          <span className="flex items-center gap-1.5">
            <Link href={`/swarms/${swarmId}/services/${s.id}`} className="font-medium text-accent-700 hover:underline">
              {s.name}
            </Link>
            <LimitsFlag swarmId={swarmId} serviceId={s.id} />
          </span>
          {s.stack && <span className="block text-xs text-fg-subtle">stack {s.stack}</span>}
        </div>
      ),
    },
    { key: "image", header: "Image", sortValue: (s) => s.image, className: "max-w-72 whitespace-normal", cell: (s) => <span className="font-mono text-xs break-all">{s.image}</span> },
    { key: "mode", header: "Mode", sortValue: (s) => s.mode, cell: (s) => <Badge>{s.mode}</Badge> },
    { key: "replicas", header: "Replicas", sortValue: (s) => s.replicas.running, cell: (s) => <ReplicasMeter replicas={s.replicas} /> },
    {
      key: "ports",
      header: "Ports",
      cell: (s) => <span className="font-mono text-xs whitespace-pre-line">{formatServicePorts(s.ports).join("\n") || "–"}</span>,
    },
    { key: "update", header: "Update", sortValue: (s) => s.updateStatus?.state, cell: (s) => <UpdateStatusBadge status={s.updateStatus} withMessage /> },
    {
      key: "updated",
      header: "Updated",
      sortValue: (s) => s.updatedAt,
      cell: (s) => (
        <span className="text-fg-muted" title={formatDateTime(s.updatedAt)}>
          {formatRelativeTime(s.updatedAt)}
        </span>
      ),
    },
  ];
}
