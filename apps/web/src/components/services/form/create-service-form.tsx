"use client";
/** Creating a service: on success, its page; Docker's warnings follow as a notice. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useToast } from "@wheelhouse/ui";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { useDockerWarnings } from "../use-docker-warnings";
import { ServiceForm } from "./service-form";

export function CreateServiceForm({ swarmId }: { swarmId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const showWarnings = useDockerWarnings();
  const create = useMutation(
    trpc.services.create.mutationOptions({
      onSuccess: ({ id, warnings }, { spec }) => {
        toast.success(`Created ${spec.name}`, { description: "Its tasks are being scheduled." });
        showWarnings(`Creating ${spec.name}`, warnings);
        void queryClient.invalidateQueries({ queryKey: trpc.services.list.queryKey({ swarmId }) });
        router.push(`/swarms/${swarmId}/services/${id}`);
      },
    }),
  );
  return (
    <ServiceForm
      swarmId={swarmId}
      initial={null}
      editing={false}
      submitLabel="Create service"
      submittingLabel="Creating…"
      submitting={create.isPending || create.isSuccess}
      onSubmit={(spec) => create.mutate({ swarmId, spec })}
      cancelHref={`/swarms/${swarmId}/services`}
      serverError={create.error && <FormError message={`Could not create the service: ${errorMessage(create.error)}`} />}
    />
  );
}
