"use client";
/** A swarm's services: what runs, how converged, how its last update went; scale, roll back, remove. */
import { useQuery } from "@tanstack/react-query";
import type { ServiceSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { Workflow } from "lucide-react";
import { useParams } from "next/navigation";
import { CreateServiceLink } from "@/components/services/create-service-link";
import { isMoving, liveRefresh } from "@/components/services/live-refresh";
import { serviceColumns } from "@/components/services/service-columns";
import { ServiceActions } from "@/components/services/service-actions";
import { SwarmPage } from "@/components/swarm-page";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function ServicesPage() {
  const { swarmId } = useParams<{ swarmId: string }>();
  const createHref = `/swarms/${swarmId}/services/new`;
  return (
    <SwarmPage
      title="Services"
      description="Long-running workloads the swarm keeps at their desired state, spread over its nodes."
      actions={<CreateServiceLink href={createHref} />}
    >
      {(swarm) => <ServicesTable swarmId={swarm.swarmId} createHref={createHref} />}
    </SwarmPage>
  );
}

function ServicesTable({ swarmId, createHref }: { swarmId: string; createHref: string }) {
  const trpc = useTRPC();
  const services = useQuery(trpc.services.list.queryOptions({ swarmId }, liveRefresh<ServiceSummary[]>((list) => list.some(isMoving))));
  return (
    <DataTable
      label="Services"
      noun="service"
      columns={serviceColumns(swarmId)}
      rows={services.data}
      getRowId={(s) => s.id}
      loading={services.isPending}
      error={services.error ? errorMessage(services.error) : null}
      onRetry={() => void services.refetch()}
      filterText={(s) => `${s.name} ${s.image} ${s.stack ?? ""} ${s.mode}`}
      filterPlaceholder="Filter by name, image or stack"
      defaultSort={{ key: "name", direction: "asc" }}
      rowActions={(s) => <ServiceActions swarmId={swarmId} service={s} layout="row" />}
      empty={
        <EmptyState
          icon={<Workflow />}
          title="No services yet"
          description="A service runs tasks from one image on the swarm's nodes and keeps them running: the scheduler places the replicas, replaces failed ones, and rolls out changes batch by batch. Create one from a form or paste its spec as YAML."
          action={<CreateServiceLink href={createHref} size="sm" />}
        />
      }
    />
  );
}
