"use client";
/** One service: its state, the update under way, its tasks and where they run, and its spec. */
import { ErrorState, LoadingState } from "@wheelhouse/ui";
import { useParams, useRouter } from "next/navigation";
import { ServiceBody } from "@/components/services/detail/service-body";
import { useLiveService } from "@/components/services/detail/use-live-service";
import { ServiceActions } from "@/components/services/service-actions";
import { SwarmPage } from "@/components/swarm-page";
import { errorMessage } from "@/lib/errors";

export default function ServicePage() {
  const { swarmId, serviceId } = useParams<{ swarmId: string; serviceId: string }>();
  const router = useRouter();
  const { service, tasks } = useLiveService(swarmId, serviceId);
  const details = service.data;
  const servicesHref = `/swarms/${swarmId}/services`;
  const description = details
    ? `${details.image} · ${details.mode} · ${details.replicas.running} of ${details.replicas.desired ?? "?"} tasks running`
    : "A swarm service and its tasks.";

  return (
    <SwarmPage
      title={details?.name ?? "Service"}
      description={description}
      breadcrumb={[{ label: "Services", href: servicesHref }, { label: details?.name ?? serviceId }]}
      actions={
        details && (
          <ServiceActions
            swarmId={swarmId}
            service={details}
            layout="header"
            canRollBack={details.hasPreviousSpec}
            editHref={details.spec ? `${servicesHref}/${details.id}/edit` : undefined}
            onRemoved={() => router.push(servicesHref)}
          />
        )
      }
    >
      {() => {
        if (service.isPending) return <LoadingState label="Reading the service…" />;
        if (!details) {
          return <ErrorState title="Could not read the service" message={errorMessage(service.error)} onRetry={() => void service.refetch()} />;
        }
        return (
          <ServiceBody swarmId={swarmId} service={details} tasks={tasks.data} tasksError={tasks.error ? errorMessage(tasks.error) : null} onRetryTasks={() => void tasks.refetch()} />
        );
      }}
    </SwarmPage>
  );
}
