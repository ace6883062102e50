"use client";
import { useQuery } from "@tanstack/react-query";
import type { ConfigSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { FileCog } from "lucide-react";
import { useParams } from "next/navigation";
import { useState } from "react";
import { ConfigActions } from "@/components/configs/config-actions";
import { configColumns } from "@/components/configs/config-columns";
import { ConfigDetails } from "@/components/configs/config-details";
import { CreateSwarmObjectButton } from "@/components/swarm-objects/create-swarm-object-button";
import { SwarmPage } from "@/components/swarm-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function ConfigsPage() {
  const { swarmId } = useParams<{ swarmId: string }>();
  return (
    <SwarmPage
      title="Configs"
      description="Configuration files the swarm stores and mounts into services, read-only. Unlike secrets, their content can be read back."
      breadcrumb={[{ label: "Configs" }]}
      actions={<CreateSwarmObjectButton swarmId={swarmId} kind="config" />}
    >
      {(swarm) => <ConfigsTable swarmId={swarm.swarmId} />}
    </SwarmPage>
  );
}

function ConfigsTable({ swarmId }: { swarmId: string }) {
  const trpc = useTRPC();
  const configs = useQuery(trpc.configs.list.queryOptions({ swarmId }));
  const [selected, setSelected] = useState<ConfigSummary | null>(null);
  return (
    <>
      <DataTable
        label="Configs"
        noun="config"
        columns={configColumns(setSelected)}
        rows={configs.data}
        getRowId={(c) => c.id}
        loading={configs.isPending}
        error={configs.error ? errorMessage(configs.error) : null}
        onRetry={() => void configs.refetch()}
        filterText={(c) => `${c.name} ${c.id} ${Object.entries(c.labels).flat().join(" ")}`}
        filterPlaceholder="Filter by name or label"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(c) => <ConfigActions swarmId={swarmId} config={c} />}
        empty={<EmptyState icon={<FileCog />} title="No configs" description="Create one here, then grant it to a service; it appears as a file in its containers." />}
      />
      <ConfigDetails swarmId={swarmId} config={selected} onClose={() => setSelected(null)} />
    </>
  );
}
