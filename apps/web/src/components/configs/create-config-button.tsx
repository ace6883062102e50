"use client";
/** Creating a config: a file services get mounted read-only, such as nginx.conf. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, useToast } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useId, useState } from "react";
import { SwarmObjectForm } from "@/components/secrets/swarm-object-form";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export function CreateConfigButton({ swarmId }: { swarmId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const create = useMutation(trpc.configs.create.mutationOptions());
  const close = () => {
    setOpen(false);
    create.reset();
  };

  return (
    <>
      <Button variant="primary" icon={<Plus />} onClick={() => setOpen(true)}>
        Create config
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        size="lg"
        title="Create a config"
        description="A file the swarm stores and mounts into the services granted it. Configs are not encrypted; keep passwords in secrets."
        footer={
          <>
            <Button onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" form={formId} loading={create.isPending}>
              Create config
            </Button>
          </>
        }
      >
        <SwarmObjectForm
          id={formId}
          kind="config"
          nameHint={
            <>
              Mounted at <code className="font-mono">/&lt;name&gt;</code> unless the service names another path, e.g. nginx.conf.
            </>
          }
          dataHint="Up to 500 KiB of text. A config cannot be changed: create a new one and point the service at it."
          error={create.error ? errorMessage(create.error) : null}
          onSubmit={(config) =>
            create.mutate(
              { swarmId, ...config },
              {
                onSuccess: () => {
                  toast.success(`Created config ${config.name}`);
                  void queryClient.invalidateQueries(trpc.configs.list.queryFilter({ swarmId }));
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
