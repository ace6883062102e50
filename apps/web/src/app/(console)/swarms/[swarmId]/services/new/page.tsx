"use client";
/** Creating a service on the swarm, from the form or from YAML. */
import { useParams } from "next/navigation";
import { CreateServiceForm } from "@/components/services/form/create-service-form";
import { SwarmPage } from "@/components/swarm-page";

export default function NewServicePage() {
  const { swarmId } = useParams<{ swarmId: string }>();
  return (
    <SwarmPage
      title="Create service"
      description="Describe what to run and how; the swarm schedules its tasks on matching nodes and keeps them running."
      breadcrumb={[{ label: "Services", href: `/swarms/${swarmId}/services` }, { label: "Create" }]}
    >
      {(swarm) => <CreateServiceForm swarmId={swarm.swarmId} />}
    </SwarmPage>
  );
}
