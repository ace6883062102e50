/** A task's current state as a badge, with its desired state when the two differ. */
import type { TaskSummary } from "@wheelhouse/protocol";
import { Badge } from "@wheelhouse/ui";
import { taskStateTone } from "./task-states";

export function TaskStateBadge({ task }: { task: TaskSummary }) {
  const look = taskStateTone(task.state);
  return (
    <div>
      <Badge tone={look.tone} dot pulse={look.pulse}>
        {task.state || "unknown"}
      </Badge>
      {task.desiredState !== task.state && <span className="mt-0.5 block text-xs text-fg-subtle">desired: {task.desiredState}</span>}
    </div>
  );
}
