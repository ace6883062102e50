"use client";
/** The swarm's stacks, polled while tasks are short of or above what the stacks want. */
import { useQuery } from "@tanstack/react-query";
import type { StackSummary } from "@wheelhouse/protocol";
import { Button, DataTable, EmptyState } from "@wheelhouse/ui";
import { Plus, Waypoints } from "lucide-react";
import { useState } from "react";
import { liveRefresh } from "@/components/services/live-refresh";
import { useBlocked } from "@/hooks/use-blocked";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { StackActions } from "./stack-actions";
import { stackColumns } from "./stack-columns";
import { StackDrawer } from "./stack-drawer";

const converging = (stacks: StackSummary[]) => stacks.some((s) => s.tasksRunning !== s.tasksDesired);

export function StacksTable({ swarmId, onDeploy }: { swarmId: string; onDeploy: (name: string) => void }) {
  const trpc = useTRPC();
  const stacks = useQuery(trpc.stacks.list.queryOptions({ swarmId }, liveRefresh(converging)));
  const [open, setOpen] = useState<string | null>(null);
  const deployBlocked = useBlocked()("stack.deploy");

  return (
    <>
      <DataTable
        label="Stacks"
        noun="stack"
        columns={stackColumns((s) => setOpen(s.name))}
        rows={stacks.data}
        getRowId={(s) => s.name}
        loading={stacks.isPending}
        error={stacks.error ? errorMessage(stacks.error) : null}
        onRetry={() => void stacks.refetch()}
        filterText={(s) => s.name}
        filterPlaceholder="Filter by name"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(s) => <StackActions swarmId={swarmId} stack={s} onRedeploy={onDeploy} />}
        empty={
          <EmptyState
            icon={<Waypoints />}
            title="No stacks yet"
            description="A stack is a compose file deployed as services, with the networks they share. Stacks made with docker stack deploy appear here too."
            action={
              deployBlocked === undefined && (
                <Button variant="primary" size="sm" icon={<Plus />} onClick={() => onDeploy("")}>
                  Deploy stack
                </Button>
              )
            }
          />
        }
      />
      <StackDrawer swarmId={swarmId} name={open} onClose={() => setOpen(null)} />
    </>
  );
}
