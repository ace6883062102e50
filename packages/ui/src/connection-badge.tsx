import { Badge, type Tone } from "./badge.tsx";

export type ConnectionStatus = "connected" | "disconnected" | "unreachable";

const STATUSES: Record<ConnectionStatus, { tone: Tone; label: string }> = {
  connected: { tone: "success", label: "Connected" },
  // The agent is gone: nothing on that node can be seen or done.
  disconnected: { tone: "danger", label: "Disconnected" },
  // The agent answers but its Docker Engine does not.
  unreachable: { tone: "warning", label: "Engine unreachable" },
};

export interface ConnectionBadgeProps {
  status: ConnectionStatus;
  /** Replaces the default wording, e.g. "Connected · 12 ms". */
  label?: string;
  className?: string;
}

export function ConnectionBadge({ status, label, className }: ConnectionBadgeProps) {
  const look = STATUSES[status];
  return (
    <Badge tone={look.tone} dot className={className}>
      {label ?? look.label}
    </Badge>
  );
}
