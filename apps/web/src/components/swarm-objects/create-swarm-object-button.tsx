"use client";
/**
 * Creating a secret or a config: the same form and flow, with words for each. A secret's value goes
 * to the swarm and never comes back, not to Wheelhouse and not through Docker's API.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { useBlocked } from "@/hooks/use-blocked";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { SwarmObjectForm } from "./swarm-object-form";

type Kind = "secret" | "config";

const WORDS: Record<Kind, { description: string; nameHint: ReactNode; dataHint: string }> = {
  secret: {
    description: "The value is stored encrypted in the swarm and given only to the services granted it. It cannot be read back afterwards, here or anywhere.",
    nameHint: (
      <>
        Services read it from <code className="font-mono">/run/secrets/&lt;name&gt;</code>, e.g. db_password.
      </>
    ),
    dataHint: "Up to 500 KiB of text: a password, a key, a certificate.",
  },
  config: {
    description: "A file the swarm stores and mounts into the services granted it. Configs are not encrypted; keep passwords in secrets.",
    nameHint: (
      <>
        Mounted at <code className="font-mono">/&lt;name&gt;</code> unless the service names another path, e.g. nginx.conf.
      </>
    ),
    dataHint: "Up to 500 KiB of text. A config cannot be changed: create a new one and point the service at it.",
  },
};

export function CreateSwarmObjectButton({ swarmId, kind }: { swarmId: string; kind: Kind }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const blocked = useBlocked()(kind === "secret" ? "secret.create" : "config.create");
  const router = kind === "secret" ? trpc.secrets : trpc.configs;
  const create = useMutation(router.create.mutationOptions());
  const words = WORDS[kind];
  const close = () => {
    setOpen(false);
    create.reset();
  };

  return (
    <>
      <span title={blocked}>
        <Button variant="primary" icon={<Plus />} disabled={blocked !== undefined} onClick={() => setOpen(true)}>
          Create {kind}
        </Button>
      </span>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        size="lg"
        title={`Create a ${kind}`}
        description={words.description}
        footer={<ModalFormFooter formId={formId} submitLabel={`Create ${kind}`} saving={create.isPending} onCancel={close} />}
      >
        <SwarmObjectForm
          id={formId}
          kind={kind}
          nameHint={words.nameHint}
          dataHint={words.dataHint}
          error={create.error ? errorMessage(create.error) : null}
          onSubmit={(object) =>
            create.mutate(
              { swarmId, ...object },
              {
                onSuccess: () => {
                  toast.success(`Created ${kind} ${object.name}`);
                  void queryClient.invalidateQueries(router.list.queryFilter({ swarmId }));
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
