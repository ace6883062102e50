"use client";
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { KeyRound } from "lucide-react";
import { useParams } from "next/navigation";
import { CreateSwarmObjectButton } from "@/components/swarm-objects/create-swarm-object-button";
import { SecretActions } from "@/components/secrets/secret-actions";
import { secretColumns } from "@/components/secrets/secret-columns";
import { SwarmPage } from "@/components/swarm-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function SecretsPage() {
  const { swarmId } = useParams<{ swarmId: string }>();
  return (
    <SwarmPage
      title="Secrets"
      description="Passwords, keys and certificates kept encrypted by the swarm and handed only to the services granted them. Values are never shown."
      breadcrumb={[{ label: "Secrets" }]}
      actions={<CreateSwarmObjectButton swarmId={swarmId} kind="secret" />}
    >
      {(swarm) => <SecretsTable swarmId={swarm.swarmId} />}
    </SwarmPage>
  );
}

function SecretsTable({ swarmId }: { swarmId: string }) {
  const trpc = useTRPC();
  const secrets = useQuery(trpc.secrets.list.queryOptions({ swarmId }));
  return (
    <DataTable
      label="Secrets"
      noun="secret"
      columns={secretColumns}
      rows={secrets.data}
      getRowId={(s) => s.id}
      loading={secrets.isPending}
      error={secrets.error ? errorMessage(secrets.error) : null}
      onRetry={() => void secrets.refetch()}
      filterText={(s) => `${s.name} ${s.id} ${Object.entries(s.labels).flat().join(" ")}`}
      filterPlaceholder="Filter by name or label"
      defaultSort={{ key: "name", direction: "asc" }}
      rowActions={(s) => <SecretActions swarmId={swarmId} secret={s} />}
      empty={<EmptyState icon={<KeyRound />} title="No secrets" description="Create one here, then grant it to a service; it reads the value from /run/secrets/<name>." />}
    />
  );
}
