/** An object's labels as a few compact chips, the rest counted; the full list is in each chip's tooltip. */
const SHOWN = 3;

export function LabelChips({ labels }: { labels: Record<string, string> }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="text-fg-subtle">—</span>;
  const text = ([key, value]: [string, string]) => (value === "" ? key : `${key}=${value}`);
  const hidden = entries.slice(SHOWN);
  return (
    <ul className="flex max-w-80 flex-wrap gap-1">
      {entries.slice(0, SHOWN).map((entry) => (
        <li key={entry[0]} title={text(entry)} className="max-w-56 truncate rounded bg-surface-hover px-1.5 py-0.5 font-mono text-xs text-fg-muted ring-1 ring-line ring-inset">
          {text(entry)}
        </li>
      ))}
      {hidden.length > 0 && (
        <li title={hidden.map(text).join("\n")} className="px-1 py-0.5 text-xs text-fg-subtle">
          +{hidden.length} more
        </li>
      )}
    </ul>
  );
}
