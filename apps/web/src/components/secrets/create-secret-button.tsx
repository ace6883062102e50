"use client";
/** Creating a secret. Its value goes to the swarm and never comes back: not to Wheelhouse, not to Docker's API. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, useToast } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useId, useState } from "react";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { SwarmObjectForm } from "./swarm-object-form";

export function CreateSecretButton({ swarmId }: { swarmId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const create = useMutation(trpc.secrets.create.mutationOptions());
  const close = () => {
    setOpen(false);
    create.reset();
  };

  return (
    <>
      <Button variant="primary" icon={<Plus />} onClick={() => setOpen(true)}>
        Create secret
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        size="lg"
        title="Create a secret"
        description="The value is stored encrypted in the swarm and given only to the services granted it. It cannot be read back afterwards, here or anywhere."
        footer={
          <>
            <Button onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" form={formId} loading={create.isPending}>
              Create secret
            </Button>
          </>
        }
      >
        <SwarmObjectForm
          id={formId}
          kind="secret"
          nameHint={
            <>
              Services read it from <code className="font-mono">/run/secrets/&lt;name&gt;</code>, e.g. db_password.
            </>
          }
          dataHint="Up to 500 KiB of text: a password, a key, a certificate."
          error={create.error ? errorMessage(create.error) : null}
          onSubmit={(secret) =>
            create.mutate(
              { swarmId, ...secret },
              {
                onSuccess: () => {
                  toast.success(`Created secret ${secret.name}`);
                  void queryClient.invalidateQueries(trpc.secrets.list.queryFilter({ swarmId }));
                  close();
                },
              },
            )
          }
        />
      </Modal>
    </>
  );
}
