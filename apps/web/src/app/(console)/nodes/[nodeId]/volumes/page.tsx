"use client";
import { useQuery } from "@tanstack/react-query";
import type { VolumeSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { HardDrive } from "lucide-react";
import { useState } from "react";
import { NodePage } from "@/components/node-page";
import { VolumeActions } from "@/components/volumes/volume-actions";
import { volumeColumns } from "@/components/volumes/volume-columns";
import { VolumeDetails } from "@/components/volumes/volume-details";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function VolumesPage() {
  return (
    <NodePage title="Volumes" description="Volumes on this node, named or anonymous, and where their data lives.">
      {(node) => <VolumesTable nodeId={node.id} />}
    </NodePage>
  );
}

function VolumesTable({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const volumes = useQuery(trpc.volumes.list.queryOptions({ nodeId }));
  const [selected, setSelected] = useState<VolumeSummary | null>(null);

  return (
    <>
      <DataTable
        label="Volumes"
        noun="volume"
        columns={volumeColumns(setSelected)}
        rows={volumes.data}
        getRowId={(v) => v.name}
        loading={volumes.isPending}
        error={volumes.error ? errorMessage(volumes.error) : null}
        onRetry={() => void volumes.refetch()}
        filterText={(v) => `${v.name} ${v.driver} ${v.mountpoint}`}
        filterPlaceholder="Filter by name, driver or path"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(v) => <VolumeActions nodeId={nodeId} volume={v} />}
        empty={<EmptyState icon={<HardDrive />} title="No volumes" description="Volumes made with docker volume create, or by a container that mounts one, appear here." />}
      />
      <VolumeDetails nodeId={nodeId} volume={selected} onClose={() => setSelected(null)} />
    </>
  );
}
