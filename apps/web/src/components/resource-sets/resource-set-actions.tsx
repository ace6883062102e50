"use client";
/** Editing and deleting a resource set; deleting waits until no grant uses it. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import type { ResourceSetRow } from "@/components/roles/role-rows";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";
import { ResourceSetFormModal } from "./resource-set-form-modal";

export function ResourceSetActions({ set }: { set: ResourceSetRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { onSuccess, onError } = toasts(`Deleted resource set ${set.name}`, `Could not delete resource set ${set.name}`);
  const remove = useMutation(
    trpc.resourceSets.delete.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.resourceSets.list.queryFilter());
      },
      onError,
      onSettled: () => setDeleting(false),
    }),
  );

  return (
    <>
      <IconButton aria-label={`Edit resource set ${set.name}`} title="Edit" icon={<Pencil />} size="sm" onClick={() => setEditing(true)} />
      <IconButton
        aria-label={`Delete resource set ${set.name}`}
        title={set.grantCount > 0 ? "In use: remove its grants first" : "Delete"}
        icon={<Trash2 />}
        size="sm"
        variant="danger"
        disabled={set.grantCount > 0}
        onClick={() => setDeleting(true)}
      />
      {editing && <ResourceSetFormModal set={set} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        title="Delete resource set?"
        description={
          <>
            <span className="font-medium text-fg">{set.name}</span> is deleted. No grant uses it, so no one loses access.
          </>
        }
        confirmLabel="Delete"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setDeleting(false)}
        onConfirm={() => remove.mutate({ resourceSetId: set.id })}
      />
    </>
  );
}
