"use client";
/** Revoking a join token that can still enroll nodes, with confirmation. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Ban } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";
import type { JoinTokenRow } from "./node-rows";

export function JoinTokenActions({ token }: { token: JoinTokenRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [open, setOpen] = useState(false);
  const { onSuccess, onError } = toasts(`Revoked join token ${token.label}`, `Could not revoke join token ${token.label}`);
  const revoke = useMutation(
    trpc.joinTokens.revoke.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.joinTokens.pathFilter());
      },
      onError,
      onSettled: () => setOpen(false),
    }),
  );

  return (
    <>
      <IconButton aria-label={`Revoke join token ${token.label}`} icon={<Ban />} size="sm" variant="danger" onClick={() => setOpen(true)} />
      <ConfirmDialog
        open={open}
        title="Revoke join token?"
        description={
          <>
            No more hosts can join with <span className="font-medium text-fg">{token.label}</span>. Nodes that already joined with it keep their own credentials and
            stay connected.
          </>
        }
        confirmLabel="Revoke"
        tone="danger"
        busy={revoke.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() => revoke.mutate({ id: token.id })}
      />
    </>
  );
}
