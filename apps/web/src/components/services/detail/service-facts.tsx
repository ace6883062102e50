/** The service at a glance: tasks running, mode, published ports, and its last update. */
import type { ServiceDetails } from "@wheelhouse/protocol";
import { Badge, Card, formatDateTime, formatRelativeTime } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import { ReplicasMeter } from "../replicas-meter";
import { formatServicePorts } from "../service-ports";
import { UpdateStatusBadge } from "../update-status-badge";

export function ServiceFacts({ service }: { service: ServiceDetails }) {
  const ports = formatServicePorts(service.ports);
  return (
    <Card>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-4 text-sm md:grid-cols-5">
        <Fact label="Tasks running">
          <ReplicasMeter replicas={service.replicas} />
        </Fact>
        <Fact label="Mode">
          <Badge>{service.mode}</Badge>
        </Fact>
        <Fact label="Ports">
          <span className="font-mono text-xs whitespace-pre-line">{ports.join("\n") || "none published"}</span>
        </Fact>
        <Fact label="Last update">
          <UpdateStatusBadge status={service.updateStatus} />
        </Fact>
        <Fact label="Changed">
          <span title={formatDateTime(service.updatedAt)}>{formatRelativeTime(service.updatedAt)}</span>
          <span className="block text-xs text-fg-subtle">created {formatRelativeTime(service.createdAt)}</span>
        </Fact>
      </dl>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="mb-1.5 text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="text-fg">{children}</dd>
    </div>
  );
}
