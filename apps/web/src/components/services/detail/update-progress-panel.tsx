/** The rolling update (or rollback) under way: its state, Docker's message, and tasks replaced so far. */
import type { ServiceDetails, TaskSummary } from "@wheelhouse/protocol";
import { Card, cx, formatRelativeTime, pluralize, Spinner } from "@wheelhouse/ui";
import { UpdateStatusBadge } from "../update-status-badge";
import { updateProgress } from "./update-progress";

export function UpdateProgressPanel({ service, tasks }: { service: ServiceDetails; tasks: readonly TaskSummary[] }) {
  const progress = updateProgress(service, tasks);
  if (!progress) return null;
  const { replaced, total, paused, rollback } = progress;
  const share = total > 0 ? Math.min(1, replaced / total) : 0;
  const what = rollback ? "Rollback" : "Rolling update";
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          {!paused && <Spinner size="sm" className="text-info" />}
          {what} {paused ? "paused" : "in progress"}
        </span>
      }
      description={progress.startedAt === null ? undefined : `Started ${formatRelativeTime(progress.startedAt)}`}
      actions={<UpdateStatusBadge status={service.updateStatus} />}
    >
      <div className="space-y-3 text-sm">
        <div>
          <div className="flex justify-between text-fg">
            <span>
              {replaced} of {pluralize(total, "task")} replaced since it began
            </span>
            <span className="text-fg-subtle tabular-nums">{Math.round(share * 100)}%</span>
          </div>
          <div role="progressbar" aria-label={`${what} progress`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={replaced} className="mt-1.5 h-2 overflow-hidden rounded-full bg-line">
            <div className={cx("h-full rounded-full transition-[width]", paused ? "bg-warning" : "bg-info")} style={{ width: `${share * 100}%` }} />
          </div>
        </div>
        {progress.onOtherImage > 0 && (
          <p className="text-fg-muted">
            {pluralize(progress.onOtherImage, "task")} still {progress.onOtherImage === 1 ? "runs" : "run"} an image other than {service.image}.
          </p>
        )}
        {progress.message && <p className={paused ? "text-warning-fg" : "text-fg-muted"}>Docker: {progress.message}</p>}
        {paused && (
          <p className="text-fg-muted">
            {rollback
              ? "Fix the cause and update the service again."
              : "A new task failed, so Docker stopped replacing tasks. Fix the spec and update again, or roll back to the previous one."}
          </p>
        )}
        <p className="text-xs text-fg-subtle">Counted from the tasks running since the update began; Docker does not report per-task progress.</p>
      </div>
    </Card>
  );
}
