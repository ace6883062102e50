"use client";
/** A swarm node's row actions, for those who may schedule: edit labels, set availability, promote or demote. */
import type { SwarmNode } from "@wheelhouse/protocol";
import { IconButton } from "@wheelhouse/ui";
import { ChevronsDown, ChevronsUp, SlidersHorizontal, Tags } from "lucide-react";
import { useState } from "react";
import { useBlocked } from "@/hooks/use-blocked";
import { AvailabilityModal } from "./availability-modal";
import { EditLabelsModal } from "./edit-labels-modal";
import { RoleChangeDialog } from "./role-change-dialog";

type Dialog = "labels" | "availability" | "role" | null;

export function SwarmNodeActions({ swarmId, node, managers }: { swarmId: string; node: SwarmNode; managers: number }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const blocked = useBlocked();
  const close = () => setDialog(null);
  // Docker refuses to demote the last manager: the swarm would have nobody to run it.
  const lastManager = node.role === "manager" && managers <= 1;
  if (blocked("node.schedule")) return null;

  return (
    <>
      <IconButton aria-label={`Edit labels of ${node.hostname}`} icon={<Tags />} size="sm" onClick={() => setDialog("labels")} />
      <IconButton aria-label={`Set availability of ${node.hostname}`} icon={<SlidersHorizontal />} size="sm" onClick={() => setDialog("availability")} />
      {node.role === "worker" ? (
        <IconButton aria-label={`Promote ${node.hostname} to manager`} icon={<ChevronsUp />} size="sm" onClick={() => setDialog("role")} />
      ) : (
        <IconButton
          aria-label={`Demote ${node.hostname} to worker`}
          title={lastManager ? "The only manager cannot be demoted; promote another node first." : undefined}
          icon={<ChevronsDown />}
          size="sm"
          disabled={lastManager}
          onClick={() => setDialog("role")}
        />
      )}
      <EditLabelsModal swarmId={swarmId} node={node} open={dialog === "labels"} onClose={close} />
      <AvailabilityModal swarmId={swarmId} node={node} open={dialog === "availability"} onClose={close} />
      <RoleChangeDialog swarmId={swarmId} node={node} managers={managers} open={dialog === "role"} onClose={close} />
    </>
  );
}
