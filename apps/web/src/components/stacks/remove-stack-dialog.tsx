"use client";
/** Removing a stack, confirmed against the list of what goes: its services and the networks it created. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { StackRemoveResult } from "@wheelhouse/protocol";
import { ConfirmDialog, Spinner, useToast } from "@wheelhouse/ui";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

interface Props {
  swarmId: string;
  name: string;
  onClose: () => void;
}

export function RemoveStackDialog({ swarmId, name, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const details = useQuery(trpc.stacks.services.queryOptions({ swarmId, name }));
  const remove = useMutation(
    trpc.stacks.remove.mutationOptions({
      onSuccess: (removed) => {
        toast.success(`Removed stack ${name}`, { description: removedSummary(removed) });
        if (removed.networksInUse.length > 0) {
          toast.info("Some networks are still in use", {
            description: `${removed.networksInUse.join(", ")} stayed attached to tasks still stopping; remove them from the Networks page once they are free.`,
            duration: 0,
          });
        }
        void queryClient.invalidateQueries(trpc.stacks.pathFilter());
        void queryClient.invalidateQueries(trpc.services.list.queryFilter({ swarmId }));
        onClose();
      },
      onError: (error) => toast.error(`Could not remove stack ${name}`, { description: errorMessage(error), duration: 0 }),
    }),
  );

  return (
    <ConfirmDialog
      open
      title={`Remove stack ${name}?`}
      description="Its services stop and are deleted with their tasks, then the networks the stack created. External networks, secrets and configs stay."
      confirmLabel="Remove stack"
      tone="danger"
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate({ swarmId, name })}
    >
      {details.isPending && <Spinner size="sm" />}
      {details.error && <p className="text-danger-fg">{errorMessage(details.error)}</p>}
      {details.data && (
        <>
          <WhatGoes title="Services" names={details.data.services.map((s) => s.name)} />
          <WhatGoes title="Networks" names={details.data.networks.map((n) => n.name)} />
        </>
      )}
    </ConfirmDialog>
  );
}

function WhatGoes({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">{title}</p>
      <ul className="mt-1 max-h-40 overflow-y-auto font-mono text-[0.8125rem] text-fg">
        {names.map((n) => (
          <li key={n} className="break-all">
            {n}
          </li>
        ))}
      </ul>
    </div>
  );
}

function removedSummary({ services, networks }: StackRemoveResult): string {
  return [services.length > 0 && `services ${services.join(", ")}`, networks.length > 0 && `networks ${networks.join(", ")}`].filter(Boolean).join("; ");
}
