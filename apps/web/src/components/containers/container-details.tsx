"use client";
/** A container's inspect data in a side panel: configuration, environment, mounts, networks, labels, limits. */
import { useQuery } from "@tanstack/react-query";
import type { ContainerDetails as Details, ContainerSummary } from "@wheelhouse/protocol";
import { Drawer, formatBytes, formatDateTime, formatPorts, KeyValueList, StateBadge, Tabs } from "@wheelhouse/ui";
import { LabelList } from "@/components/label-list";
import { containerLogsHref, LogsLink } from "@/components/logs/logs-link";
import { ScopeMetrics } from "@/components/metrics/scope-metrics";
import { QueryStates } from "@/components/query-states";
import { OpenTerminalButton } from "@/components/terminal/open-terminal-button";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";

interface Props {
  nodeId: string;
  container: ContainerSummary | null;
  onClose: () => void;
}

export function ContainerDetails({ nodeId, container, onClose }: Props) {
  const trpc = useTRPC();
  const details = useQuery({ ...trpc.containers.inspect.queryOptions({ nodeId, id: container?.id ?? "" }), enabled: container !== null });
  const blocked = useBlocked();

  return (
    <Drawer
      open={container !== null}
      onClose={onClose}
      title={container?.name ?? ""}
      description={container && <StateBadge state={details.data?.state.status ?? container.state} />}
      actions={
        container && (
          <div className="flex gap-2">
            {!blocked("logs.read") && <LogsLink href={containerLogsHref(nodeId, container.id)} name={container.name} />}
            <OpenTerminalButton nodeId={nodeId} container={{ ...container, state: details.data?.state.status ?? container.state }} labelled />
          </div>
        )
      }
      size="xl"
    >
      <QueryStates query={details}>{(data) => <DetailTabs nodeId={nodeId} details={data} />}</QueryStates>
    </Drawer>
  );
}

function DetailTabs({ nodeId, details: d }: { nodeId: string; details: Details }) {
  const limit = (value: number, format: (n: number) => string) => (value > 0 ? format(value) : "unlimited");
  return (
    <Tabs
      label="Container details"
      items={[
        {
          id: "overview",
          label: "Overview",
          content: (
            <KeyValueList
              items={[
                { label: "ID", value: d.id, mono: true },
                { label: "Image", value: d.image },
                { label: "Command", value: [...d.entrypoint, ...d.command].join(" "), mono: true },
                { label: "Created", value: formatDateTime(d.createdAt) },
                { label: "Started", value: d.state.startedAt.startsWith("0001") ? "never" : formatDateTime(Date.parse(d.state.startedAt)) },
                { label: "Exit code", value: d.state.status === "running" ? "" : String(d.state.exitCode) },
                { label: "Error", value: d.state.error },
                { label: "Restart policy", value: d.restartPolicy.name ? `${d.restartPolicy.name}${d.restartPolicy.maximumRetryCount ? ` (max ${d.restartPolicy.maximumRetryCount})` : ""}` : "no" },
                { label: "Memory limit", value: limit(d.resources.memoryBytes, formatBytes) },
                { label: "CPU limit", value: limit(d.resources.nanoCpus, (n) => `${n / 1e9} CPUs`) },
                { label: "PIDs limit", value: d.resources.pidsLimit ? String(d.resources.pidsLimit) : "unlimited" },
                { label: "Privileged", value: d.privileged ? "yes" : "no" },
                { label: "Ports", value: formatPorts(d.ports), mono: true },
                { label: "Working dir", value: d.workingDir, mono: true },
                { label: "User", value: d.user },
                { label: "Hostname", value: d.hostname },
              ]}
            />
          ),
        },
        {
          id: "env",
          label: "Environment",
          badge: d.env.length,
          content: <KeyValueList mono items={d.env.map((e) => ({ label: e.key, value: e.value }))} />,
        },
        {
          id: "mounts",
          label: "Mounts",
          badge: d.mounts.length,
          content: d.mounts.length ? (
            <KeyValueList
              items={d.mounts.map((m) => ({
                label: m.destination,
                value: `${m.type}: ${m.name ?? m.source} (${m.readWrite ? "read-write" : "read-only"})`,
                mono: true,
              }))}
            />
          ) : (
            <p className="text-sm text-fg-muted">No mounts.</p>
          ),
        },
        {
          id: "networks",
          label: "Networks",
          badge: d.networks.length,
          content: d.networks.length ? (
            <KeyValueList
              items={d.networks.map((n) => ({
                label: n.name,
                value: [n.ipAddress && `IP ${n.ipAddress}`, n.gateway && `gateway ${n.gateway}`, n.macAddress && `MAC ${n.macAddress}`].filter(Boolean).join(" · ") || "not connected",
                mono: true,
              }))}
            />
          ) : (
            <p className="text-sm text-fg-muted">Network mode {d.networkMode}.</p>
          ),
        },
        { id: "labels", label: "Labels", badge: Object.keys(d.labels).length, content: <LabelList labels={d.labels} /> },
        {
          id: "metrics",
          label: "Metrics",
          content:
            d.state.status === "running" ? (
              <ScopeMetrics bare target={{ scope: "container", nodeId, containerId: d.id }} title="Resource use" />
            ) : (
              <p className="text-sm text-fg-muted">Metrics are sampled while the container runs; this one is {d.state.status}.</p>
            ),
        },
      ]}
    />
  );
}
