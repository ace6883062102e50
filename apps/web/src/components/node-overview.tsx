/** One node on the dashboard: its engine's facts and how many of each object it holds. */
import type { NodeView } from "@wheelhouse/api";
import { Card, ConnectionBadge, formatBytes, StatCard } from "@wheelhouse/ui";
import { Box, HardDrive, Layers, Network } from "lucide-react";
import { NodeHealthBanner } from "./node-health-banner";

export function NodeOverview({ node }: { node: NodeView }) {
  const facts = node.facts;
  const counts = facts?.counts;
  const base = `/nodes/${node.id}`;
  const stopped = counts ? `${counts.containersStopped} stopped${counts.containersPaused ? `, ${counts.containersPaused} paused` : ""}` : undefined;

  return (
    <section aria-label={`Node ${node.name}`}>
      <div className="mb-3 flex items-center gap-3">
        <h2 className="text-base font-semibold text-fg">{node.name}</h2>
        <ConnectionBadge status={!node.connected ? "disconnected" : node.engine.reachable ? "connected" : "unreachable"} />
        {node.local && <span className="text-xs text-fg-subtle">This host</span>}
      </div>
      <NodeHealthBanner node={node} />
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label="Containers running" value={counts?.containersRunning ?? "–"} sublabel={stopped} icon={<Box />} href={`${base}/containers`} />
        <StatCard label="Images" value={counts?.images ?? "–"} icon={<Layers />} href={`${base}/images`} />
        <StatCard label="Volumes" value={counts?.volumes ?? "–"} icon={<HardDrive />} href={`${base}/volumes`} />
        <StatCard label="Networks" value={counts?.networks ?? "–"} icon={<Network />} href={`${base}/networks`} />
      </div>
      {facts && (
        <Card title="Engine" className="mt-4">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2 xl:grid-cols-3">
            <Fact label="Hostname" value={facts.hostname} />
            <Fact label="Docker Engine" value={`${facts.engineVersion} (API ${facts.apiVersion})`} />
            <Fact label="Operating system" value={`${facts.os} · ${facts.architecture}`} />
            <Fact label="Kernel" value={facts.kernelVersion} />
            <Fact label="CPUs · memory" value={`${facts.cpus} · ${formatBytes(facts.memoryBytes)}`} />
            <Fact label="Swarm" value={facts.swarm.state === "active" ? `active (${facts.swarm.isManager ? "manager" : "worker"})` : facts.swarm.state} />
          </dl>
        </Card>
      )}
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="mt-1 truncate text-fg" title={value}>
        {value}
      </dd>
    </div>
  );
}
