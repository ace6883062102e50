"use client";
/** Removing a secret, with confirmation. Docker refuses while a service uses it; the toast says which. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { SecretSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";

export function SecretActions({ swarmId, secret }: { swarmId: string; secret: SecretSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const { onSuccess, onError } = toasts(`Removed secret ${secret.name}`, `Could not remove secret ${secret.name}`);
  const remove = useMutation(
    trpc.secrets.remove.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.secrets.list.queryFilter({ swarmId }));
      },
      onError,
      onSettled: () => setOpen(false),
    }),
  );
  if (blocked("secret.remove")) return null;

  return (
    <>
      <IconButton aria-label={`Remove secret ${secret.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title="Remove secret?"
        description={
          <>
            <span className="font-mono break-all text-fg">{secret.name}</span> is deleted from the swarm, and its value with it. This cannot be
            undone. Docker refuses while a service uses it.
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ swarmId, id: secret.id })}
      />
    </>
  );
}
