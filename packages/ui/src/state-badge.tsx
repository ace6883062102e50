import { Badge, type Tone } from "./badge.tsx";

/** How each Docker container state reads; unknown states fall back to neutral. */
const STATES: Record<string, { tone: Tone; pulse?: boolean }> = {
  created: { tone: "neutral" },
  running: { tone: "success" },
  paused: { tone: "warning" },
  restarting: { tone: "info", pulse: true },
  removing: { tone: "neutral", pulse: true },
  exited: { tone: "neutral" },
  dead: { tone: "danger" },
};

/** The tone a container state is drawn in, for views that colour a state outside a badge. */
export function containerStateTone(state: string): Tone {
  return STATES[state]?.tone ?? "neutral";
}

export interface StateBadgeProps {
  /** A container state: created, running, paused, restarting, removing, exited or dead. */
  state: string;
  className?: string;
}

export function StateBadge({ state, className }: StateBadgeProps) {
  const look = STATES[state] ?? { tone: "neutral" };
  return (
    <Badge tone={look.tone} dot pulse={look.pulse} className={className}>
      {state ? state.charAt(0).toUpperCase() + state.slice(1) : "Unknown"}
    </Badge>
  );
}
