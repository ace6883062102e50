"use client";
/** Registers a node and shows, once, the command that starts its agent with a fresh credential. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, CodeBlock, Modal } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export function AddNodeButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const add = useMutation(trpc.nodes.add.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.nodes.pathFilter()) }));

  const close = () => {
    setOpen(false);
    setName("");
    add.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ name });
  };

  return (
    <>
      <Button variant="primary" icon={<Plus />} onClick={() => setOpen(true)}>
        Add node
      </Button>
      <Modal
        open={open}
        onClose={close}
        title={add.data ? `Start the agent on ${name}` : "Add a node"}
        description={add.data ? undefined : "The node's agent dials out to this control plane; the host needs no open port."}
        footer={
          add.data ? (
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          ) : (
            <>
              <Button onClick={close}>Cancel</Button>
              <Button variant="primary" type="submit" form="add-node" loading={add.isPending}>
                Create credential
              </Button>
            </>
          )
        }
      >
        {add.data ? (
          <div className="space-y-3 text-sm text-fg">
            <p>On the new host (Node.js 20 and Docker Engine installed, a checkout of Wheelhouse with <code>npm ci</code> done), run:</p>
            <CodeBlock code={add.data.command} wrap />
            <p className="text-fg-muted">This credential is shown only now; Wheelhouse keeps only its hash. The node appears as connected once its agent says hello.</p>
          </div>
        ) : (
          <form id="add-node" onSubmit={submit} className="space-y-4">
            <FormError message={add.error ? errorMessage(add.error) : null} />
            <TextField label="Node name" autoFocus required value={name} onChange={(e) => setName(e.target.value)} hint="How the node is shown in Wheelhouse, e.g. db-1." />
          </form>
        )}
      </Modal>
    </>
  );
}
