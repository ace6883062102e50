"use client";
import { useQuery } from "@tanstack/react-query";
import type { ImageSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { Layers } from "lucide-react";
import { useState } from "react";
import { ImageActions } from "@/components/images/image-actions";
import { imageColumns } from "@/components/images/image-columns";
import { ImageDetails } from "@/components/images/image-details";
import { NodePage } from "@/components/node-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function ImagesPage() {
  return (
    <NodePage title="Images" description="Images stored on this node, tagged or dangling.">
      {(node) => <ImagesTable nodeId={node.id} />}
    </NodePage>
  );
}

function ImagesTable({ nodeId }: { nodeId: string }) {
  const trpc = useTRPC();
  const images = useQuery(trpc.images.list.queryOptions({ nodeId }));
  const [selected, setSelected] = useState<ImageSummary | null>(null);

  return (
    <>
      <DataTable
        label="Images"
        noun="image"
        columns={imageColumns(setSelected)}
        rows={images.data}
        getRowId={(i) => i.id}
        loading={images.isPending}
        error={images.error ? errorMessage(images.error) : null}
        onRetry={() => void images.refetch()}
        filterText={(i) => `${i.tags.join(" ")} ${i.id} ${i.dangling ? "<none> dangling" : ""}`}
        filterPlaceholder="Filter by tag or id"
        defaultSort={{ key: "created", direction: "desc" }}
        rowActions={(i) => <ImageActions nodeId={nodeId} image={i} />}
        empty={<EmptyState icon={<Layers />} title="No images" description="Images built or loaded on this node (docker build, docker load, a pull) appear here." />}
      />
      <ImageDetails nodeId={nodeId} image={selected} onClose={() => setSelected(null)} />
    </>
  );
}
