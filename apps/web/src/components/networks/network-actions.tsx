"use client";
/** Removing a network, with confirmation; the engine's own networks (bridge, host, none) are offered none. */
import { useMutation } from "@tanstack/react-query";
import type { NetworkSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";

export function NetworkActions({ nodeId, network }: { nodeId: string; network: NetworkSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.networks.remove.mutationOptions({
      ...toasts(`Removed network ${network.name}`, `Could not remove network ${network.name}`),
      onSettled: () => setOpen(false),
    }),
  );
  if (network.builtIn) return null;
  if (blocked("network.remove")) return null;

  return (
    <>
      <IconButton aria-label={`Remove network ${network.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title={`Remove network ${network.name}?`}
        description="Docker refuses while containers are still attached: disconnect or remove them first. This cannot be undone."
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ nodeId, id: network.id })}
      />
    </>
  );
}
