"use client";
/** Editing and deleting a custom role; built-in roles offer neither, and say so. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";
import { RoleFormModal } from "./role-form-modal";
import type { RoleRow } from "./role-rows";

export function RoleActions({ role }: { role: RoleRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { onSuccess, onError } = toasts(`Deleted role ${role.name}`, `Could not delete role ${role.name}`);
  const remove = useMutation(
    trpc.roles.delete.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.roles.list.queryFilter());
      },
      onError,
      onSettled: () => setDeleting(false),
    }),
  );
  const uses = role.grantCount + role.tokenCount;
  if (role.builtIn) return <span className="px-1 text-xs text-fg-subtle" title="Built-in roles cannot be changed; create a custom role instead.">Read-only</span>;

  return (
    <>
      <IconButton aria-label={`Edit role ${role.name}`} title="Edit" icon={<Pencil />} size="sm" onClick={() => setEditing(true)} />
      <IconButton
        aria-label={`Delete role ${role.name}`}
        title={uses > 0 ? "In use: remove its grants and API tokens first" : "Delete"}
        icon={<Trash2 />}
        size="sm"
        variant="danger"
        disabled={uses > 0}
        onClick={() => setDeleting(true)}
      />
      {editing && <RoleFormModal role={role} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        title="Delete role?"
        description={
          <>
            <span className="font-medium text-fg">{role.name}</span> is deleted. No grant or API token uses it.
          </>
        }
        confirmLabel="Delete"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setDeleting(false)}
        onConfirm={() => remove.mutate({ roleId: role.id })}
      />
    </>
  );
}
