"use client";
/** Removing a grant, with confirmation; offered only where the caller may remove it. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import type { GrantRow } from "@/components/roles/role-rows";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";

export function GrantActions({ grant }: { grant: GrantRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const what = `${grant.role.name} on ${grant.resourceSet.name} for ${grant.subject.name}`;
  const { onSuccess, onError } = toasts(`Removed ${what}`, `Could not remove ${what}`);
  const remove = useMutation(
    trpc.grants.delete.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.grants.list.queryFilter());
        void queryClient.invalidateQueries(trpc.roles.list.queryFilter());
        void queryClient.invalidateQueries(trpc.resourceSets.list.queryFilter());
      },
      onError,
      onSettled: () => setOpen(false),
    }),
  );

  return (
    <>
      <IconButton
        aria-label={`Remove grant: ${what}`}
        title={grant.canRemove ? "Remove" : "You need grant.manage and every permission of this role on its set to remove it"}
        icon={<Trash2 />}
        size="sm"
        variant="danger"
        disabled={!grant.canRemove}
        onClick={() => setOpen(true)}
      />
      <ConfirmDialog
        open={open}
        title="Remove grant?"
        description={
          <>
            <span className="font-medium text-fg">{grant.subject.kind === "team" ? `Team ${grant.subject.name}` : grant.subject.name}</span> loses {grant.role.name} on{" "}
            {grant.resourceSet.name} at the next request, unless another grant gives the same.
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => remove.mutate({ grantId: grant.id })}
      />
    </>
  );
}
