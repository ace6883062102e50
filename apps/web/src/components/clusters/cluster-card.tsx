/** One cluster on the overview: what it is, whether it is well, what it holds and can hold, and what to do with it. */
import type { ClusterHealth, ClusterView } from "@wheelhouse/api";
import { Badge, Card, type Tone } from "@wheelhouse/ui";
import { Crown } from "lucide-react";
import { ClusterUtilisationCharts } from "@/components/metrics/cluster-utilisation-charts";
import { ClusterActions } from "./cluster-actions";
import { ClusterUsage } from "./cluster-usage";

const HEALTH: Record<ClusterHealth, { tone: Tone; label: string }> = {
  healthy: { tone: "success", label: "Healthy" },
  degraded: { tone: "warning", label: "Degraded" },
  down: { tone: "danger", label: "Down" },
};

const KINDS: Record<ClusterView["kind"], { tone: Tone; label: string }> = {
  swarm: { tone: "accent", label: "Swarm" },
  group: { tone: "info", label: "Group of hosts" },
  standalone: { tone: "neutral", label: "Standalone" },
};

export function ClusterCard({ cluster }: { cluster: ClusterView }) {
  const health = HEALTH[cluster.health];
  const up = cluster.nodes.filter((n) => n.connected && n.engineReachable).length;
  return (
    <Card
      title={
        <span className="flex items-center gap-2">
          {cluster.name}
          <Badge tone={KINDS[cluster.kind].tone}>{KINDS[cluster.kind].label}</Badge>
        </span>
      }
      description={cluster.swarmId ? <span className="font-mono text-xs">{cluster.swarmId.slice(0, 12)}</span> : undefined}
      actions={
        <Badge tone={health.tone} dot>
          {health.label}
        </Badge>
      }
    >
      <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
        <Figure
          label="Agents up"
          value={`${up} / ${cluster.nodes.length}`}
          detail={cluster.swarmNodeCount !== null && cluster.swarmNodeCount > cluster.nodes.length ? `${cluster.swarmNodeCount} nodes in the swarm` : undefined}
        />
        {cluster.containers ? (
          <Figure label="Containers" value={`${cluster.containers.running} running`} detail={`${cluster.containers.stopped} stopped`} />
        ) : (
          <Figure label="Containers" value="Yours only" detail="counts cover other teams' too" />
        )}
        <ClusterUsage cluster={cluster} />
      </dl>
      <div className="mt-5 border-t border-line pt-4">
        <ClusterUtilisationCharts clusterId={cluster.id} />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-4">
        <ul aria-label={`Nodes of ${cluster.name}`} className="flex flex-wrap gap-2">
          {cluster.nodes.map((node) => (
            <li key={node.id}>
              <Badge tone={node.connected && node.engineReachable ? "success" : node.connected ? "warning" : "danger"} dot>
                {node.name}
                {node.manager && <Crown aria-label="manager" className="size-3" />}
              </Badge>
            </li>
          ))}
        </ul>
        <div className="flex shrink-0 items-center gap-2">
          <ClusterActions cluster={cluster} />
        </div>
      </div>
    </Card>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-fg tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-fg-subtle">{detail}</dd>}
    </div>
  );
}
