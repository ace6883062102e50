/** One node on the dashboard: what it holds, how busy its host is, and its host, engine and agent. */
import type { NodeView, Permission } from "@wheelhouse/api";
import { Card, ConnectionBadge, formatRelativeTime, StatCard } from "@wheelhouse/ui";
import { Box, HardDrive, Layers, Network } from "lucide-react";
import type { ReactNode } from "react";
import { NodeHealthBanner } from "./node-health-banner";
import { cpuAmount, diskAmount, inWords, memoryAmount, swarmRoleText } from "./nodes/node-text";
import { LabelChips } from "./swarm-nodes/label-chips";
import { UsageBar } from "./usage-bar";

/** `yourPermissions`: what the viewer may do on the node itself; a kind they may not list is not counted here either. */
export function NodeOverview({ node, showContainers }: { node: NodeView & { yourPermissions: readonly string[] }; showContainers: boolean }) {
  const { facts, usage } = node;
  const may = (permission: Permission) => node.yourPermissions.includes(permission);
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
        {showContainers && (
          <StatCard
            label={may("container.view") ? "Containers running" : "Containers"}
            value={may("container.view") ? (counts?.containersRunning ?? "–") : "Yours"}
            sublabel={may("container.view") ? stopped : "those your grants reach"}
            icon={<Box />}
            href={`${base}/containers`}
          />
        )}
        {may("image.view") && <StatCard label="Images" value={counts?.images ?? "–"} icon={<Layers />} href={`${base}/images`} />}
        {may("volume.view") && <StatCard label="Volumes" value={counts?.volumes ?? "–"} icon={<HardDrive />} href={`${base}/volumes`} />}
        {may("network.view") && <StatCard label="Networks" value={counts?.networks ?? "–"} icon={<Network />} href={`${base}/networks`} />}
      </div>
      {facts && (
        <Card title="Host" className="mt-4">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-4 text-sm sm:grid-cols-2 xl:grid-cols-3">
            <Fact label="CPU" value={inWords(cpuAmount(node))}>
              {usage && <UsageBar label="CPU in use" used={usage.cpuPercent} total={100} />}
            </Fact>
            <Fact label="Memory" value={inWords(memoryAmount(node))}>
              {usage && <UsageBar label="Memory in use" used={usage.memoryUsedBytes} total={usage.memoryTotalBytes} />}
            </Fact>
            <Fact label={`Disk (${facts.dockerRootDir})`} value={inWords(diskAmount(node))}>
              {usage && usage.diskUsedBytes !== null && usage.diskTotalBytes !== null && <UsageBar label="Disk in use" used={usage.diskUsedBytes} total={usage.diskTotalBytes} />}
            </Fact>
            <Fact label="Hostname" value={facts.hostname} />
            <Fact label="Addresses" value={node.addresses.map((a) => a.address).join(", ")} />
            <Fact label="Operating system" value={`${facts.os} · ${facts.architecture} · kernel ${facts.kernelVersion}`} />
            <Fact label="Docker Engine" value={`${facts.engineVersion} (API ${facts.apiVersion})`} />
            <Fact label="Swarm role" value={swarmRoleText(node)} />
            <Fact label="Agent" value={`${node.agentVersion ?? "–"} · last seen ${node.lastSeenAt ? formatRelativeTime(node.lastSeenAt.getTime()) : "never"}`} />
            <div className="min-w-0 sm:col-span-2 xl:col-span-3">
              <dt className="text-xs font-medium text-fg-muted">Engine labels</dt>
              <dd className="mt-1">
                <LabelChips labels={facts.labels} />
              </dd>
            </div>
          </dl>
        </Card>
      )}
    </section>
  );
}

function Fact({ label, value, children }: { label: string; value: string | undefined; children?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="mt-1 truncate text-fg" title={value}>
        {value || "–"}
      </dd>
      {children && <dd>{children}</dd>}
    </div>
  );
}
