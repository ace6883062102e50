/** The ranges a metrics chart can show. */
import type { MetricsRange } from "@wheelhouse/protocol";
import { SegmentedControl, type SegmentOption } from "@wheelhouse/ui";

const RANGES: SegmentOption<MetricsRange>[] = [
  { value: "15m", label: "15 m", title: "The last 15 minutes, every sample, live" },
  { value: "1h", label: "1 h", title: "The last hour, every sample, live" },
  { value: "24h", label: "24 h", title: "The last day, by the minute" },
  { value: "30d", label: "30 d", title: "The last 30 days, by the hour" },
];

export function RangePicker({ value, onChange }: { value: MetricsRange; onChange: (range: MetricsRange) => void }) {
  return <SegmentedControl label="Time range" size="sm" options={RANGES} value={value} onChange={onChange} />;
}
