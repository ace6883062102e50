/** Running against desired tasks: a count and a thin bar, green when converged, amber while converging. */
import type { ServiceSummary } from "@wheelhouse/protocol";
import { cx } from "@wheelhouse/ui";

export function ReplicasMeter({ replicas }: { replicas: ServiceSummary["replicas"] }) {
  const { running, desired } = replicas;
  const converged = desired !== null && running === desired;
  const share = desired ? Math.min(1, running / desired) : converged ? 1 : 0;
  const label = desired === null ? `${running} running` : `${running} of ${desired} running`;
  return (
    <div className="w-24" title={converged ? "All desired tasks are running" : "Converging: the swarm is starting or stopping tasks"}>
      <span className="text-sm text-fg tabular-nums">
        {running}
        <span className="text-fg-subtle"> / {desired ?? "–"}</span>
      </span>
      <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={desired ?? running} aria-valuenow={running} className="mt-1 h-1.5 overflow-hidden rounded-full bg-line">
        <div className={cx("h-full rounded-full transition-[width]", converged ? "bg-success" : "bg-warning")} style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
