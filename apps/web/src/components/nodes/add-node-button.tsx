"use client";
/** "Add node": creates a join token, then shows once the command that starts an agent with it on the new host. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, ModalFormFooter } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useState } from "react";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { JoinTokenCreated } from "./join-token-created";
import { DEFAULT_CHOICE, JoinTokenForm } from "./join-token-form";

const FORM_ID = "add-node";

export function AddNodeButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(DEFAULT_CHOICE);
  const create = useMutation(trpc.joinTokens.create.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.joinTokens.pathFilter()) }));
  const created = create.data;

  const close = () => {
    setOpen(false);
    setChoice(DEFAULT_CHOICE);
    create.reset();
  };

  return (
    <>
      <Button variant="primary" icon={<Plus />} onClick={() => setOpen(true)}>
        Add node
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        title={created ? "Start the agent on the new host" : "Add a node"}
        description={created ? undefined : "Create a join token for the new host's agent. The agent dials out to this control plane, so the host needs no open port."}
        footer={
          created ? (
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          ) : (
            <ModalFormFooter formId={FORM_ID} submitLabel="Create join token" saving={create.isPending} onCancel={close} />
          )
        }
      >
        {created ? (
          <JoinTokenCreated command={created.command} singleUse={created.singleUse} expiresAt={created.expiresAt} />
        ) : (
          <JoinTokenForm id={FORM_ID} choice={choice} onChange={setChoice} onSubmit={() => create.mutate(choice)} error={create.error ? errorMessage(create.error) : null} />
        )}
      </Modal>
    </>
  );
}
