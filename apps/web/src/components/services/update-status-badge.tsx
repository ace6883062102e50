/** A service's last update as a badge: moving states spin, paused ones carry Docker's reason. */
import type { ServiceSummary } from "@wheelhouse/protocol";
import { Badge, Spinner, type Tone } from "@wheelhouse/ui";

type UpdateStatus = NonNullable<ServiceSummary["updateStatus"]>;

const LOOKS: Record<string, { label: string; tone: Tone; moving?: boolean }> = {
  updating: { label: "Updating", tone: "info", moving: true },
  paused: { label: "Update paused", tone: "warning" },
  completed: { label: "Updated", tone: "success" },
  rollback_started: { label: "Rolling back", tone: "info", moving: true },
  rollback_paused: { label: "Rollback paused", tone: "warning" },
  rollback_completed: { label: "Rolled back", tone: "neutral" },
};

export function UpdateStatusBadge({ status, withMessage = false }: { status: UpdateStatus | null; withMessage?: boolean }) {
  if (!status) return <span className="text-fg-subtle">Never updated</span>;
  const look = LOOKS[status.state] ?? { label: status.state, tone: "neutral" as const };
  const showMessage = withMessage && look.tone === "warning" && status.message;
  return (
    <div className="min-w-0">
      <Badge tone={look.tone} dot={!look.moving} className={look.moving ? "pl-1.5" : undefined}>
        {look.moving && <Spinner size="sm" />}
        <span title={status.message || undefined}>{look.label}</span>
      </Badge>
      {showMessage && <p className="mt-1 max-w-64 truncate text-xs text-warning-fg" title={status.message}>{status.message}</p>}
    </div>
  );
}
