/** An audit event's outcome, coloured so refusals and failures stand out in a long list. */
import { Badge, type Tone } from "@wheelhouse/ui";

const TONES: Record<string, Tone> = { allowed: "success", denied: "danger", failed: "warning" };

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return (
    <Badge tone={TONES[outcome] ?? "neutral"} dot>
      {outcome}
    </Badge>
  );
}
