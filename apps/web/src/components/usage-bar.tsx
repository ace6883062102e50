/** A thin bar for how much of something is in use, coloured as it fills up. */
import { cx } from "@wheelhouse/ui";

export function UsageBar({ label, used, total }: { label: string; used: number; total: number }) {
  const share = total > 0 ? Math.min(1, Math.max(0, used / total)) : 0;
  const percent = Math.round(share * 100);
  return (
    <div role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`} className="mt-1.5 h-1 w-full overflow-hidden rounded-full bg-line">
      <div className={cx("h-full rounded-full", share >= 0.9 ? "bg-danger" : share >= 0.75 ? "bg-warning" : "bg-accent-500")} style={{ width: `${percent}%` }} />
    </div>
  );
}
