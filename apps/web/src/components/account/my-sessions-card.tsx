"use client";
/** The signed-in user's browser sessions: ending one elsewhere, or all of them (this one too, back to sign-in). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, ConfirmDialog, pluralize, useToast } from "@wheelhouse/ui";
import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SessionsTable } from "@/components/users/sessions-table";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { closeBrowserSocket } from "@/lib/browser-socket";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { Me } from "./account-rows";

export function MySessionsCard({ limits }: { limits: Me["sessionLimits"] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toasts = useActionToasts();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const sessions = useQuery(trpc.account.sessions.queryOptions());
  const signedOut = () => {
    closeBrowserSocket();
    queryClient.clear();
    router.replace("/login");
  };
  const { onSuccess, onError } = toasts("Ended the session", "Could not end the session");
  const end = useMutation(
    trpc.account.endSession.mutationOptions({
      onSuccess: (_, { sessionId }) => {
        if (sessions.data?.find((s) => s.id === sessionId)?.current) return signedOut();
        onSuccess();
        void queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
      },
      onError,
    }),
  );
  const endAll = useMutation(trpc.account.endAllSessions.mutationOptions({ onSuccess: signedOut, onError: (error) => toast.error("Could not end your sessions", { description: errorMessage(error), duration: 0 }) }));
  return (
    <Card
      title="Sessions"
      description={`Browsers signed in as you. A session ends after ${pluralize(limits.idleMinutes, "minute")} without use, or ${pluralize(limits.absoluteHours, "hour")} after signing in.`}
      actions={
        <Button variant="danger" size="sm" icon={<LogOut />} onClick={() => setConfirming(true)} disabled={!sessions.data?.length}>
          Sign out everywhere
        </Button>
      }
      padded={false}
    >
      <div className="p-4">
        <SessionsTable
          sessions={sessions.data}
          loading={sessions.isPending}
          error={sessions.error ? errorMessage(sessions.error) : null}
          onRetry={() => void sessions.refetch()}
          isCurrent={(s) => s.current}
          endingId={end.isPending ? end.variables.sessionId : null}
          onEnd={(s) => end.mutate({ sessionId: s.id })}
        />
      </div>
      <ConfirmDialog
        open={confirming}
        title="Sign out everywhere?"
        description="Every browser signed in as you is signed out, this one included; you will sign in again next. Your API tokens keep working: revoke them below if they may have leaked."
        confirmLabel="Sign out everywhere"
        tone="danger"
        busy={endAll.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => endAll.mutate()}
      />
    </Card>
  );
}
