"use client";
/** Cutting a node off, for administrators: revoking its agent's credential, or removing the node; each with a confirmation that says what follows. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Ban, Trash2 } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useBlocked } from "@/hooks/use-blocked";
import { useTRPC } from "@/lib/trpc";
import type { NodeRow } from "./node-rows";

type Confirming = "revoke" | "remove" | null;

export function NodeActions({ node }: { node: NodeRow }) {
  const trpc = useTRPC();
  const blocked = useBlocked();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const options = (success: string, failure: string) => {
    const { onSuccess, onError } = toasts(success, failure);
    return {
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.nodes.pathFilter());
      },
      onError,
      onSettled: () => setConfirming(null),
    };
  };
  const revoke = useMutation(trpc.nodes.revokeCredential.mutationOptions(options(`Revoked the credential of ${node.name}`, `Could not revoke the credential of ${node.name}`)));
  const remove = useMutation(trpc.nodes.remove.mutationOptions(options(`Removed ${node.name}`, `Could not remove ${node.name}`)));

  // The local node's agent runs inside the control plane; the API refuses both actions for it.
  if (node.local || blocked("admin")) return null;
  return (
    <div className="flex justify-end gap-1">
      {!node.credentialRevoked && (
        <IconButton aria-label={`Revoke the credential of ${node.name}`} icon={<Ban />} size="sm" variant="danger" onClick={() => setConfirming("revoke")} />
      )}
      <IconButton aria-label={`Remove ${node.name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setConfirming("remove")} />
      <ConfirmDialog
        open={confirming === "revoke"}
        title={`Revoke the credential of ${node.name}?`}
        description={
          <>
            Its agent is disconnected at once and refused whenever it dials again. The node stays in the list, disconnected, until you remove it. To bring the
            host back, delete the agent&apos;s stored credential on it and enroll it again with a new join token.
          </>
        }
        confirmLabel="Revoke"
        tone="danger"
        busy={revoke.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => revoke.mutate({ nodeId: node.id })}
      />
      <ConfirmDialog
        open={confirming === "remove"}
        title={`Remove ${node.name}?`}
        description={
          <>
            Wheelhouse forgets this node and its credential; its agent is disconnected at once and refused from then on. Nothing on the host is touched: its
            containers keep running. To manage it again, enroll it anew with a join token.
          </>
        }
        confirmLabel="Remove"
        tone="danger"
        busy={remove.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => remove.mutate({ nodeId: node.id })}
      />
    </div>
  );
}
