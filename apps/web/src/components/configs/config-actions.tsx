"use client";
/** Removing a config, with confirmation. Docker refuses while a service uses it; the toast says which. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConfigSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";

export function ConfigActions({ swarmId, config }: { swarmId: string; config: ConfigSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const { onSuccess, onError } = toasts(`Removed config ${config.name}`, `Could not remove config ${config.name}`);
  const remove = useMutation(
    trpc.configs.remove.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.configs.list.queryFilter({ swarmId }));
      },
      onError,
      onSettled: () => setOpen(false),
    }),
  );
  if (blocked("config.remove")) return null;

  return (
    <>
      <IconButton aria-label={`Remove config ${config.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title="Remove config?"
        description={
          <>
            <span className="font-mono break-all text-fg">{config.name}</span> is deleted from the swarm. This cannot be undone. Docker refuses
            while a service uses it.
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ swarmId, id: config.id })}
      />
    </>
  );
}
