"use client";
/**
 * Editing a service. The form starts from the spec and version read when the page opened and keeps
 * them while one types, whatever refreshes happen meanwhile; if the service changed in between, the
 * server refuses the update and "Reload" starts over from the current spec.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ServiceDetails } from "@wheelhouse/protocol";
import { Button, ErrorState, LoadingState, useToast } from "@wheelhouse/ui";
import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { isStaleVersion } from "../stale-version";
import { useDockerWarnings } from "../use-docker-warnings";
import { ServiceForm } from "./service-form";

export function EditServiceForm({ swarmId, serviceId }: { swarmId: string; serviceId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const showWarnings = useDockerWarnings();
  const serviceHref = `/swarms/${swarmId}/services/${serviceId}`;
  // Read afresh on opening: a cached spec could already be out of date.
  const details = useQuery(trpc.services.inspect.queryOptions({ swarmId, id: serviceId }, { staleTime: 0, refetchOnWindowFocus: false }));
  const [base, setBase] = useState<ServiceDetails | null>(null);
  if (base === null && details.data && details.isFetchedAfterMount) setBase(details.data);

  const update = useMutation(
    trpc.services.update.mutationOptions({
      onSuccess: ({ warnings }, { spec }) => {
        toast.success(`Updating ${spec.name}`, { description: "Tasks are replaced as its update policy says." });
        showWarnings(`Updating ${spec.name}`, warnings);
        void queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() });
        router.push(serviceHref);
      },
    }),
  );
  const reload = async () => {
    const fresh = await details.refetch();
    if (fresh.data) {
      setBase(fresh.data);
      update.reset();
    }
  };

  if (!base) {
    if (details.error) return <ErrorState title="Could not read the service" message={errorMessage(details.error)} onRetry={() => void details.refetch()} />;
    return <LoadingState label="Reading the service…" />;
  }
  if (!base.spec) {
    return <ErrorState title="This service cannot be edited here" message="It is a swarm job (it runs to completion), which the form does not model. Use the Docker CLI for it." />;
  }
  const stale = update.error !== null && isStaleVersion(update.error);
  return (
    <ServiceForm
      // A reload starts a new form from the new spec.
      key={base.version}
      swarmId={swarmId}
      initial={base.spec}
      editing
      submitLabel="Update service"
      submittingLabel="Updating…"
      submitting={update.isPending || update.isSuccess}
      onSubmit={(spec) => update.mutate({ swarmId, id: base.id, version: base.version, spec })}
      cancelHref={serviceHref}
      serverError={
        update.error && (
          <div className="space-y-2">
            <FormError message={stale ? `${errorMessage(update.error)}. Reloading replaces what you typed with the current spec; to keep your edits, copy them from the YAML view first.` : `Could not update the service: ${errorMessage(update.error)}`} />
            {stale && (
              <Button size="sm" icon={<RefreshCw />} loading={details.isFetching} onClick={() => void reload()}>
                Reload
              </Button>
            )}
          </div>
        )
      }
    />
  );
}
