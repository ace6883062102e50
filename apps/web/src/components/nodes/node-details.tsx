"use client";
/** Everything known about a node in a side panel: its host, engine, swarm membership and agent. */
import type { NodeView } from "@wheelhouse/api";
import { ConnectionBadge, Drawer, formatDateTime, formatRelativeTime, KeyValueList } from "@wheelhouse/ui";
import { LabelChips } from "@/components/swarm-nodes/label-chips";
import { errorMessage } from "@/lib/errors";
import { cpuAmount, diskAmount, inWords, memoryAmount, swarmRoleText } from "./node-text";
import { useSwarmNode } from "./use-swarm-node";

const AVAILABILITY = { active: "Active", pause: "Paused", drain: "Drained" } as const;

export function NodeDetails({ node, onClose }: { node: NodeView | null; onClose: () => void }) {
  const swarmNode = useSwarmNode(node);
  const facts = node?.facts;
  const disk = node && inWords(diskAmount(node));
  const when = (date: Date | null) => (date ? `${formatRelativeTime(date.getTime())} (${formatDateTime(date.getTime())})` : "never");
  return (
    <Drawer
      open={node !== null}
      onClose={onClose}
      title={node?.name ?? ""}
      description={node && <ConnectionBadge status={!node.connected ? "disconnected" : node.engine.reachable ? "connected" : "unreachable"} />}
    >
      {node && (
        <KeyValueList
          items={[
            { label: "Hostname", value: node.hostname },
            {
              label: "Addresses",
              value:
                node.addresses.length > 0 ? (
                  <ul>
                    {node.addresses.map((a) => (
                      <li key={a.address}>
                        <span className="font-mono text-[0.8125rem]">{a.address}</span> <span className="text-fg-subtle">{a.interface}</span>
                      </li>
                    ))}
                  </ul>
                ) : null,
            },
            { label: "Operating system", value: facts && `${facts.os} · ${facts.architecture}` },
            { label: "Kernel", value: facts?.kernelVersion },
            { label: "CPU", value: inWords(cpuAmount(node)) },
            { label: "Memory", value: inWords(memoryAmount(node)) },
            { label: "Disk", value: disk && `${disk} (${facts?.dockerRootDir ?? "Docker's data"})` },
            { label: "Usage sampled", value: node.usage && formatRelativeTime(node.usage.sampledAt) },
            { label: "Docker Engine", value: facts && `${facts.engineVersion} (API ${facts.apiVersion})` },
            { label: "Engine endpoint", value: node.engine.endpoint, mono: true },
            { label: "Engine labels", value: facts && <LabelChips labels={facts.labels} /> },
            { label: "Swarm role", value: swarmRoleText(node) },
            { label: "Availability", value: swarmNode.error ? `Unknown: ${errorMessage(swarmNode.error)}` : swarmNode.data && AVAILABILITY[swarmNode.data.availability] },
            { label: "Swarm labels", value: swarmNode.data && <LabelChips labels={swarmNode.data.labels} /> },
            { label: "Agent version", value: node.agentVersion },
            { label: "Last seen", value: when(node.lastSeenAt) },
            { label: "Added", value: when(node.createdAt) },
          ]}
        />
      )}
    </Drawer>
  );
}
