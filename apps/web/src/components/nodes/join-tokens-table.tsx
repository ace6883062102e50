"use client";
/** Every join token with what became of it: still usable, used, expired or revoked. The tokens themselves are never shown again. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { KeyRound } from "lucide-react";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { JoinTokenActions } from "./join-token-actions";
import { joinTokenColumns } from "./join-token-columns";

export function JoinTokensTable() {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.joinTokens.list.queryOptions());
  return (
    <DataTable
      label="Join tokens"
      noun="join token"
      columns={joinTokenColumns}
      rows={tokens.data}
      getRowId={(t) => t.id}
      rowActions={(t) => (t.status === "active" ? <JoinTokenActions token={t} /> : null)}
      loading={tokens.isPending}
      error={tokens.error ? errorMessage(tokens.error) : null}
      onRetry={() => void tokens.refetch()}
      filterText={(t) => `${t.label} ${t.status} ${t.createdBy ?? ""}`}
      maxHeight="24rem"
      empty={<EmptyState icon={<KeyRound />} title="No join tokens" description="Add node creates one. Each is listed here with the nodes that joined with it." />}
    />
  );
}
