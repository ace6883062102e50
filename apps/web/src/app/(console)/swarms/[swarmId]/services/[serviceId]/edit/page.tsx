"use client";
/** Changing a service's spec: the swarm rolls the change out as the service's update policy says. */
import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { EditServiceForm } from "@/components/services/form/edit-service-form";
import { SwarmPage } from "@/components/swarm-page";
import { useTRPC } from "@/lib/trpc";

export default function EditServicePage() {
  const { swarmId, serviceId } = useParams<{ swarmId: string; serviceId: string }>();
  const trpc = useTRPC();
  const name = useQuery(trpc.services.inspect.queryOptions({ swarmId, id: serviceId })).data?.name ?? "Service";
  const servicesHref = `/swarms/${swarmId}/services`;
  return (
    <SwarmPage
      title={`Edit ${name}`}
      description="Saving starts a rolling update: tasks are replaced in batches, and the update pauses or rolls back if new tasks fail."
      breadcrumb={[{ label: "Services", href: servicesHref }, { label: name, href: `${servicesHref}/${serviceId}` }, { label: "Edit" }]}
    >
      {(swarm) => <EditServiceForm swarmId={swarm.swarmId} serviceId={serviceId} />}
    </SwarmPage>
  );
}
