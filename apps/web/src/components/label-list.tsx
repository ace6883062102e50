/** Docker labels as a key/value list, or a quiet note when there are none. */
import { KeyValueList } from "@wheelhouse/ui";

export function LabelList({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-sm text-fg-muted">No labels.</p>;
  return <KeyValueList mono items={entries.map(([key, value]) => ({ label: key, value }))} />;
}
