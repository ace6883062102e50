"use client";
/** Setting a replicated service's replica count. Mount it when opened, so it starts from the current count. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ServiceScale, type ServiceSummary } from "@wheelhouse/protocol";
import { Button, Modal, useToast } from "@wheelhouse/ui";
import { useState } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { useDockerWarnings } from "./use-docker-warnings";

interface ScaleDialogProps {
  swarmId: string;
  service: ServiceSummary;
  open: boolean;
  onClose: () => void;
}

export function ScaleDialog({ swarmId, service, open, onClose }: ScaleDialogProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const showWarnings = useDockerWarnings();
  const [text, setText] = useState(String(service.replicas.desired ?? 1));
  const scale = useMutation(
    trpc.services.scale.mutationOptions({
      onSuccess: ({ warnings }, { replicas: wanted }) => {
        toast.success(`Scaling ${service.name} to ${wanted}`);
        showWarnings(`Scaling ${service.name}`, warnings);
        void queryClient.invalidateQueries({ queryKey: trpc.services.pathKey() });
        onClose();
      },
    }),
  );
  const replicas = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  const checked = ServiceScale.shape.replicas.safeParse(replicas);
  const problem = text.trim() === "" ? "Give a number of replicas" : checked.success ? undefined : "A whole number from 0 to 10000";
  const close = () => {
    scale.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      onClose={close}
      dismissible={!scale.isPending}
      title={`Scale ${service.name}`}
      description={`${service.replicas.running} of ${service.replicas.desired ?? "?"} tasks running now.`}
      size="sm"
      footer={
        <>
          <Button onClick={close} disabled={scale.isPending}>
            Cancel
          </Button>
          <Button
            variant="primary"
            loading={scale.isPending}
            disabled={problem !== undefined}
            onClick={() => scale.mutate({ swarmId, id: service.id, replicas })}
          >
            {scale.isPending ? "Scaling…" : "Scale"}
          </Button>
        </>
      }
    >
      <form
        // Opened from a table row, the dialog inherits the cell's nowrap.
        className="space-y-4 whitespace-normal"
        onSubmit={(e) => {
          e.preventDefault();
          if (problem === undefined) scale.mutate({ swarmId, id: service.id, replicas });
        }}
      >
        <FormError message={scale.error ? errorMessage(scale.error) : null} />
        <TextField
          label="Replicas"
          inputMode="numeric"
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={text.trim() === "" ? undefined : problem}
          hint={replicas === 0 ? "0 stops every task but keeps the service, ready to scale up again." : "The swarm starts or stops tasks until this many run."}
        />
      </form>
    </Modal>
  );
}
