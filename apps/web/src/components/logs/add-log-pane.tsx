"use client";
/**
 * "Compare": adds a log view beside the page's own, of a container (picked by node), a service
 * (picked by swarm) or a node. The lists are what the user may see; the stream checks access again.
 */
import { useQuery } from "@tanstack/react-query";
import type { LogTarget } from "@wheelhouse/protocol";
import { Button, Modal, ModalFormFooter } from "@wheelhouse/ui";
import { Columns2 } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { SelectField } from "@/components/select-field";
import { useCurrentNode } from "@/hooks/use-current-node";
import { useCurrentSwarm } from "@/hooks/use-current-swarm";
import { useTRPC } from "@/lib/trpc";

type Kind = LogTarget["kind"];

const KINDS = [
  { value: "container", label: "A container" },
  { value: "service", label: "A service (every task, every node)" },
  { value: "node", label: "A node (all its containers)" },
];

export function AddLogPane({ disabled, onAdd }: { disabled: boolean; onAdd: (target: LogTarget, name: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<Columns2 />} disabled={disabled} title={disabled ? "Three panels at most" : "View other logs side by side"} onClick={() => setOpen(true)}>
        Compare
      </Button>
      {open && (
        <PaneDialog
          onCancel={() => setOpen(false)}
          onAdd={(target, name) => {
            onAdd(target, name);
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

/** Mounted while open, so each opening starts from the current node and swarm. */
function PaneDialog({ onCancel, onAdd }: { onCancel: () => void; onAdd: (target: LogTarget, name: string) => void }) {
  const trpc = useTRPC();
  const formId = useId();
  const { node: currentNode, nodes } = useCurrentNode();
  const { swarm: currentSwarm, query: clusters } = useCurrentSwarm(currentNode?.id);
  const swarms = (clusters.data ?? []).filter((c) => c.kind === "swarm" && c.swarmId);
  const [kind, setKind] = useState<Kind>("container");
  const [nodeId, setNodeId] = useState(currentNode?.id ?? nodes[0]?.id ?? "");
  const [swarmId, setSwarmId] = useState(currentSwarm?.swarmId ?? swarms[0]?.swarmId ?? "");
  const [pick, setPick] = useState("");
  const containers = useQuery({ ...trpc.containers.list.queryOptions({ nodeId }), enabled: kind === "container" && nodeId !== "" });
  const services = useQuery({ ...trpc.services.list.queryOptions({ swarmId }), enabled: kind === "service" && swarmId !== "" });

  const choices =
    kind === "container"
      ? (containers.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.state})` }))
      : kind === "service"
        ? (services.data ?? []).map((s) => ({ value: s.id, label: s.name }))
        : [];
  const picked = pick || choices[0]?.value || "";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (kind === "node") {
      const node = nodes.find((n) => n.id === nodeId);
      if (node) onAdd({ kind: "node", nodeId: node.id }, node.name);
    } else if (kind === "container") {
      const container = containers.data?.find((c) => c.id === picked);
      if (container) onAdd({ kind: "container", nodeId, containerId: container.id }, container.name);
    } else {
      const service = services.data?.find((s) => s.id === picked);
      if (service) onAdd({ kind: "service", swarmId, serviceId: service.id }, service.name);
    }
  };
  const loading = (kind === "container" && containers.isPending) || (kind === "service" && services.isPending);

  return (
    <Modal
      open
      onClose={onCancel}
      title="Add a log panel"
      description="Its logs show beside these, each with its own search and settings."
      footer={<ModalFormFooter formId={formId} submitLabel="Add panel" saving={false} onCancel={onCancel} submitDisabled={kind !== "node" && !picked} />}
    >
      <form id={formId} onSubmit={submit} className="space-y-4">
        <SelectField
          label="Show logs of"
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as Kind);
            setPick("");
          }}
          options={KINDS}
        />
        {kind !== "service" && (
          <SelectField
            label="Node"
            value={nodeId}
            onChange={(event) => {
              setNodeId(event.target.value);
              setPick("");
            }}
            options={nodes.map((n) => ({ value: n.id, label: n.name }))}
          />
        )}
        {kind === "service" && (
          <SelectField
            label="Swarm"
            value={swarmId}
            onChange={(event) => {
              setSwarmId(event.target.value);
              setPick("");
            }}
            options={swarms.map((s) => ({ value: s.swarmId ?? "", label: s.name }))}
          />
        )}
        {kind !== "node" && (
          <SelectField
            label={kind === "container" ? "Container" : "Service"}
            value={picked}
            onChange={(event) => setPick(event.target.value)}
            disabled={loading || choices.length === 0}
            options={loading ? [{ value: "", label: "Loading…" }] : choices.length === 0 ? [{ value: "", label: `No ${kind}s to choose from` }] : choices}
          />
        )}
      </form>
    </Modal>
  );
}
