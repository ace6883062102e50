"use client";
/** A stack row's buttons: deploy a new version of its file, or remove it; each shown to those who may. */
import type { StackSummary } from "@wheelhouse/protocol";
import { IconButton } from "@wheelhouse/ui";
import { Trash2, Upload } from "lucide-react";
import { useState } from "react";
import { useBlocked } from "@/hooks/use-blocked";
import { RemoveStackDialog } from "./remove-stack-dialog";

interface Props {
  swarmId: string;
  stack: StackSummary;
  onRedeploy: (name: string) => void;
}

export function StackActions({ swarmId, stack, onRedeploy }: Props) {
  const [removing, setRemoving] = useState(false);
  const blocked = useBlocked();
  return (
    <>
      {!blocked("stack.deploy") && <IconButton aria-label={`Deploy a new version of stack ${stack.name}`} icon={<Upload />} size="sm" onClick={() => onRedeploy(stack.name)} />}
      {!blocked("stack.remove") && <IconButton aria-label={`Remove stack ${stack.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setRemoving(true)} />}
      {removing && <RemoveStackDialog swarmId={swarmId} name={stack.name} onClose={() => setRemoving(false)} />}
    </>
  );
}
