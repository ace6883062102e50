"use client";
/** Ending someone's terminal session, after confirmation: its processes get SIGHUP, then SIGKILL. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TerminalSessionView } from "@wheelhouse/api";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { CircleStop } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { useTRPC } from "@/lib/trpc";

export function TerminateSessionButton({ session }: { session: TerminalSessionView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [confirming, setConfirming] = useState(false);
  const who = session.ownerName ?? "a deleted user";
  const where = session.containerName ?? session.containerId.slice(0, 12);
  const terminate = useMutation(
    trpc.terminals.terminate.mutationOptions({
      ...toasts(`Ended ${who}'s terminal in ${where}`, `Could not end ${who}'s terminal`),
      onSettled: () => {
        setConfirming(false);
        void queryClient.invalidateQueries(trpc.terminals.pathFilter());
      },
    }),
  );
  return (
    <>
      <IconButton aria-label={`Terminate ${who}'s terminal in ${where}`} icon={<CircleStop />} size="sm" variant="danger" onClick={() => setConfirming(true)} />
      <ConfirmDialog
        open={confirming}
        title={`Terminate ${who}'s terminal?`}
        description={`${session.command.join(" ")} in ${where} on ${session.nodeName}, and everything it started, is ended now. ${who} sees the session exit.`}
        confirmLabel="Terminate"
        tone="danger"
        busy={terminate.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => terminate.mutate({ nodeId: session.nodeId, sessionId: session.id })}
      />
    </>
  );
}
