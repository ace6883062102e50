"use client";
/** Editing a team, and deleting it after saying what goes with it. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton, pluralize } from "@wheelhouse/ui";
import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";
import { TeamFormModal } from "./team-form-modal";
import type { TeamRow } from "./team-rows";

export function TeamActions({ team }: { team: TeamRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  const { onSuccess, onError } = toasts(`Deleted team ${team.name}`, `Could not delete team ${team.name}`);
  const remove = useMutation(
    trpc.teams.delete.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.teams.pathFilter());
        void queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError,
      onSettled: () => setOpen(null),
    }),
  );
  return (
    <div className="flex justify-end gap-1">
      <IconButton aria-label={`Edit team ${team.name}`} icon={<Pencil />} size="sm" onClick={() => setOpen("edit")} />
      <IconButton aria-label={`Delete team ${team.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen("delete")} />
      {open === "edit" && <TeamFormModal team={team} onClose={() => setOpen(null)} />}
      <ConfirmDialog
        open={open === "delete"}
        title={`Delete team ${team.name}?`}
        description={`Its ${pluralize(team.memberCount, "member")} keep their accounts and their own grants, but lose the access the team's ${pluralize(team.grantCount, "grant")} gave them. This cannot be undone.`}
        confirmLabel="Delete team"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setOpen(null)}
        onConfirm={() => remove.mutate({ id: team.id })}
      />
    </div>
  );
}
