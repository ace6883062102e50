/** The ranges a metrics chart can show, as a segmented control. */
import type { MetricsRange } from "@wheelhouse/protocol";
import { cx, focusRing } from "@wheelhouse/ui";

const RANGES: { value: MetricsRange; label: string; title: string }[] = [
  { value: "15m", label: "15 m", title: "The last 15 minutes, every sample, live" },
  { value: "1h", label: "1 h", title: "The last hour, every sample, live" },
  { value: "24h", label: "24 h", title: "The last day, by the minute" },
  { value: "30d", label: "30 d", title: "The last 30 days, by the hour" },
];

export function RangePicker({ value, onChange }: { value: MetricsRange; onChange: (range: MetricsRange) => void }) {
  return (
    <div role="radiogroup" aria-label="Time range" className="inline-flex rounded-md border border-line bg-surface-muted p-0.5">
      {RANGES.map((range) => (
        <button
          key={range.value}
          type="button"
          role="radio"
          aria-checked={value === range.value}
          title={range.title}
          onClick={() => onChange(range.value)}
          className={cx(
            "h-7 rounded px-2.5 text-xs font-medium tabular-nums transition-colors",
            value === range.value ? "bg-surface text-fg shadow-card ring-1 ring-line" : "text-fg-muted hover:text-fg",
            focusRing,
          )}
        >
          {range.label}
        </button>
      ))}
    </div>
  );
}
