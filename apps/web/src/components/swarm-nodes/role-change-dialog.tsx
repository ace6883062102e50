"use client";
/** Promoting a worker to manager or demoting a manager to worker, with what it does to fault tolerance. */
import type { SwarmNode } from "@wheelhouse/protocol";
import { ConfirmDialog, pluralize } from "@wheelhouse/ui";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useSwarmNodeUpdate } from "./use-swarm-node-update";

interface Props {
  swarmId: string;
  node: SwarmNode;
  /** How many managers the swarm has now. */
  managers: number;
  open: boolean;
  onClose: () => void;
}

// Raft needs a majority of managers: n of them keep working through the loss of (n - 1) / 2.
const tolerance = (managers: number) => `${pluralize(managers, "manager")}, which keep${managers === 1 ? "s" : ""} working through the loss of ${Math.floor((managers - 1) / 2)}`;

export function RoleChangeDialog({ swarmId, node, managers, open, onClose }: Props) {
  const toasts = useActionToasts();
  const update = useSwarmNodeUpdate();
  const promote = node.role === "worker";
  const role = promote ? "manager" : "worker";
  const verb = promote ? "promote" : "demote";

  return (
    <ConfirmDialog
      open={open}
      title={`${promote ? "Promote" : "Demote"} ${node.hostname} to ${role}?`}
      description={
        promote ? (
          <>
            It joins the managers that keep the swarm&apos;s state and schedule its tasks. The swarm will have {tolerance(managers + 1)}; an odd
            number of managers (3 or 5) is what adds tolerance.
          </>
        ) : (
          <>
            It stops managing the swarm and only runs tasks. The swarm will have {tolerance(managers - 1)}.
            {node.leader && " It is the leader now: the other managers elect a new one, which takes a few seconds."}
          </>
        )
      }
      confirmLabel={promote ? "Promote" : "Demote"}
      tone={promote ? "default" : "danger"}
      busy={update.isPending}
      onCancel={onClose}
      onConfirm={() =>
        update.mutate(
          { swarmId, id: node.id, version: node.version, role },
          { ...toasts(`${node.hostname} is now a ${role}`, `Could not ${verb} ${node.hostname}`), onSettled: onClose },
        )
      }
    />
  );
}
