"use client";
/** Ends a group of hosts: they stand alone on the overview again, and nothing changes on them. */
import { useMutation } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Ungroup } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";
import { useMembershipRefresh } from "./use-membership-refresh";

export function DissolveGroupButton({ cluster, recordId }: { cluster: ClusterView; recordId: string }) {
  const trpc = useTRPC();
  const toasts = useActionToasts();
  const refresh = useMembershipRefresh();
  const [open, setOpen] = useState(false);
  const { onSuccess, onError } = toasts(`Dissolved ${cluster.name}`, `Could not dissolve ${cluster.name}`);
  const dissolve = useMutation(
    trpc.clusters.removeRecord.mutationOptions({
      onSuccess: () => {
        onSuccess();
        refresh();
      },
      onError,
      onSettled: () => setOpen(false),
    }),
  );
  return (
    <>
      <IconButton aria-label={`Dissolve ${cluster.name}`} icon={<Ungroup />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title={`Dissolve ${cluster.name}?`}
        description="Its hosts stand alone on the overview again. Nothing on the hosts changes."
        confirmLabel="Dissolve"
        tone="danger"
        busy={dissolve.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => dissolve.mutate({ recordId })}
      />
    </>
  );
}
