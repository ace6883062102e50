"use client";
/** A swarm's stacks: compose files deployed as services; deploy one, deploy a new version, remove one. */
import { Button } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useState } from "react";
import { DeployStackModal } from "@/components/stacks/deploy-stack-modal";
import { StacksTable } from "@/components/stacks/stacks-table";
import { SwarmPage } from "@/components/swarm-page";
import { useBlocked } from "@/hooks/use-blocked";

export default function StacksPage() {
  // The stack being deployed: "" for a new one, null when the form is closed.
  const [deploying, setDeploying] = useState<string | null>(null);
  const blocked = useBlocked()("stack.deploy");
  return (
    <SwarmPage
      title="Stacks"
      description="Compose files deployed as services, with the networks they share."
      actions={
        <span title={blocked}>
          <Button variant="primary" icon={<Plus />} disabled={blocked !== undefined} onClick={() => setDeploying("")}>
            Deploy stack
          </Button>
        </span>
      }
    >
      {(swarm) => (
        <>
          <StacksTable swarmId={swarm.swarmId} onDeploy={setDeploying} />
          {deploying !== null && <DeployStackModal swarmId={swarm.swarmId} initialName={deploying} onClose={() => setDeploying(null)} />}
        </>
      )}
    </SwarmPage>
  );
}
