/**
 * Where the service runs: its tasks meant to run, counted per node and state ("vm: 2 running").
 * Tasks no node has taken are shown apart, with the scheduler's reason, since that is where a
 * placement constraint nobody meets shows up.
 */
import type { TaskSummary } from "@wheelhouse/protocol";
import { Badge, Card } from "@wheelhouse/ui";
import { taskStateTone } from "./task-states";

interface NodeTasks {
  node: string;
  counts: Map<string, number>;
}

function byNode(tasks: readonly TaskSummary[]): NodeTasks[] {
  const nodes = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    const node = t.nodeHostname ?? (t.nodeId ? t.nodeId.slice(0, 12) : "");
    const counts = nodes.get(node) ?? new Map<string, number>();
    counts.set(t.state, (counts.get(t.state) ?? 0) + 1);
    nodes.set(node, counts);
  }
  return [...nodes].map(([node, counts]) => ({ node, counts })).sort((a, b) => a.node.localeCompare(b.node));
}

function describe(counts: Map<string, number>): string {
  return [...counts].map(([state, n]) => `${n} ${state}`).join(", ");
}

export function PlacementSummary({ tasks }: { tasks: readonly TaskSummary[] }) {
  // "ready" is the desired state of a new task waiting for the old one to stop (stop-first updates).
  const wanted = tasks.filter((t) => t.desiredState === "running" || t.desiredState === "ready");
  const placed = byNode(wanted.filter((t) => t.nodeId !== null));
  const unplaced = wanted.filter((t) => t.nodeId === null);
  const reason = unplaced.find((t) => t.error)?.error ?? unplaced[0]?.message;
  return (
    <Card title="Where it runs" description="The tasks meant to be running, by node.">
      {placed.length === 0 && unplaced.length === 0 ? (
        <p className="text-sm text-fg-muted">No task is meant to run right now.</p>
      ) : (
        <ul aria-label="Tasks per node" className="flex flex-wrap gap-2">
          {placed.map(({ node, counts }) => (
            <li key={node}>
              <Badge tone={counts.size === 1 && counts.has("running") ? "success" : "info"} dot>
                <span>
                  <span className="font-semibold">{node}</span>: {describe(counts)}
                </span>
              </Badge>
            </li>
          ))}
          {unplaced.length > 0 && (
            <li>
              <Badge tone={taskStateTone("pending").tone} dot>
                <span>
                  <span className="font-semibold">Not placed</span>: {unplaced.length} waiting for a node
                </span>
              </Badge>
            </li>
          )}
        </ul>
      )}
      {reason && <p className="mt-3 text-sm text-warning-fg">Scheduler: {reason}</p>}
    </Card>
  );
}
