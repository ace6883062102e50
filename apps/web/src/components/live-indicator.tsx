/** Whether the page is receiving live engine events for its node. */
import { Badge } from "@wheelhouse/ui";
import type { LiveState } from "@/hooks/use-node-events";

const LABEL: Record<LiveState, string> = { connecting: "Connecting", live: "Live", offline: "Offline" };
const TONE = { connecting: "neutral", live: "success", offline: "warning" } as const;

export function LiveIndicator({ state }: { state: LiveState }) {
  return (
    <span title={state === "live" ? "Changes on this node appear as they happen" : "Live updates are paused; the page will refresh when they resume"}>
      <Badge tone={TONE[state]} dot pulse={state === "live"}>
        {LABEL[state]}
      </Badge>
    </span>
  );
}
