"use client";
/** Choosing the clusters a resource set reaches; none chosen means every cluster, present and future. */
import { Badge } from "@wheelhouse/ui";
import type { AppRouter } from "@wheelhouse/api";
import type { inferRouterOutputs } from "@trpc/server";

type ClusterChoice = inferRouterOutputs<AppRouter>["resourceSets"]["clusterChoices"][number];

const KIND = { swarm: "Swarm", group: "Group", standalone: "Host" } as const;

interface ClusterChecklistProps {
  choices: readonly ClusterChoice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

export function ClusterChecklist({ choices, selected, onChange }: ClusterChecklistProps) {
  // A cluster the set named may be gone (a swarm dissolved): it stays listed so it can be taken out.
  const gone = selected.filter((id) => !choices.some((c) => c.id === id)).map((id) => ({ id, name: id, kind: null }));
  const rows = [...choices.map((c) => ({ ...c, kind: KIND[c.kind] as string | null })), ...gone];
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg">Clusters</legend>
      <p className="mt-0.5 text-xs text-fg-muted">{selected.length === 0 ? "None chosen: the set reaches every cluster, including those added later." : `${selected.length} chosen.`}</p>
      {rows.length === 0 ? (
        <p className="mt-2 rounded-md border border-dashed border-line px-3 py-2 text-sm text-fg-muted">No clusters yet. Add nodes first, or leave this empty to reach every cluster.</p>
      ) : (
        <ul className="mt-2 max-h-48 divide-y divide-line overflow-auto rounded-md border border-line">
          {rows.map((cluster) => (
            <li key={cluster.id}>
              <label className="flex items-center gap-3 px-3 py-2 text-sm hover:bg-surface-hover">
                <input type="checkbox" className="size-4 accent-accent-600" checked={selected.includes(cluster.id)} onChange={(e) => toggle(cluster.id, e.target.checked)} />
                <span className="min-w-0 flex-1 truncate text-fg">{cluster.name}</span>
                {cluster.kind ? <Badge tone="neutral">{cluster.kind}</Badge> : <Badge tone="warning">No longer present</Badge>}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
