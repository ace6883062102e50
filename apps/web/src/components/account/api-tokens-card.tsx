"use client";
/** The user's API tokens: creating one (shown once), and revoking those that should stop working. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, ConfirmDialog, DataTable, EmptyState, IconButton } from "@wheelhouse/ui";
import { Ban, KeySquare, Plus } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { ApiTokenRow } from "./account-rows";
import { apiTokenColumns } from "./api-token-columns";
import { CreateTokenModal } from "./create-token-modal";

export function ApiTokensCard({ viaApiToken }: { viaApiToken: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const tokens = useQuery(trpc.account.apiTokens.queryOptions());
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const { onSuccess, onError } = toasts(`Revoked token ${revoking?.name ?? ""}`, `Could not revoke token ${revoking?.name ?? ""}`);
  const revoke = useMutation(
    trpc.account.revokeApiToken.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.account.apiTokens.queryFilter());
      },
      onError,
      onSettled: () => setRevoking(null),
    }),
  );
  return (
    <Card
      title="API tokens"
      description="For scripts and CI, sent as Authorization: Bearer on the API. Each acts as you, optionally narrowed to one role."
      actions={
        <Button size="sm" icon={<Plus />} onClick={() => setCreating(true)} disabled={viaApiToken} title={viaApiToken ? "Create API tokens from a browser session" : undefined}>
          Create token
        </Button>
      }
      padded={false}
    >
      <div className="p-4">
        <DataTable
          label="API tokens"
          noun="token"
          columns={apiTokenColumns}
          rows={tokens.data}
          getRowId={(t) => t.id}
          loading={tokens.isPending}
          error={tokens.error ? errorMessage(tokens.error) : null}
          onRetry={() => void tokens.refetch()}
          defaultSort={{ key: "created", direction: "desc" }}
          rowActions={(t) => t.state === "active" && <IconButton aria-label={`Revoke token ${t.name}`} icon={<Ban />} size="sm" variant="danger" onClick={() => setRevoking(t)} />}
          empty={<EmptyState icon={<KeySquare />} title="No API tokens" description="Create one for a script or a CI job; it is shown once, so copy it then." />}
        />
      </div>
      {creating && <CreateTokenModal onClose={() => setCreating(false)} />}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke token ${revoking?.name ?? ""}?`}
        description="Whatever uses it is refused from its next request on. This cannot be undone; create a new token if it is needed again."
        confirmLabel="Revoke"
        tone="danger"
        busy={revoke.isPending}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
      />
    </Card>
  );
}
