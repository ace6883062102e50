"use client";
/** Removing a volume, with confirmation. */
import { useMutation } from "@tanstack/react-query";
import type { VolumeSummary } from "@wheelhouse/protocol";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";

export function VolumeActions({ nodeId, volume }: { nodeId: string; volume: VolumeSummary }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const remove = useMutation(
    trpc.volumes.remove.mutationOptions({
      ...toasts(`Removed volume ${volume.name}`, `Could not remove volume ${volume.name}`),
      onSettled: () => setOpen(false),
    }),
  );
  if (blocked("volume.remove")) return null;

  return (
    <>
      <IconButton aria-label={`Remove volume ${volume.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title="Remove volume?"
        description={
          <>
            <span className="font-mono break-all text-fg">{volume.name}</span> and all the data in it will be deleted. This cannot be undone. Docker
            refuses while a container, even a stopped one, uses it.
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ nodeId, name: volume.name })}
      />
    </>
  );
}
