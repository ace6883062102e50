"use client";
/** Turns a standalone host into a single-node swarm, with it as the manager other hosts join. */
import { useMutation } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { SwarmInit } from "@wheelhouse/protocol";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { Network } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { useMembershipRefresh } from "./use-membership-refresh";

export function CreateSwarmButton({ node }: { node: ClusterView["nodes"][number] }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useMembershipRefresh();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState("");
  const init = useMutation(trpc.swarm.init.mutationOptions());
  const ready = node.connected && node.engineReachable;
  const parsed = SwarmInit.safeParse({ advertiseAddr: address.trim() || undefined });
  const addressError = parsed.error?.issues[0]?.message;

  const close = () => {
    setOpen(false);
    setAddress("");
    init.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.success) return;
    init.mutate(
      { nodeId: node.id, ...parsed.data },
      {
        onSuccess: () => {
          toast.success(`Created a swarm on ${node.name}`, { description: "It appears on the dashboard as a swarm shortly." });
          refresh();
          close();
        },
      },
    );
  };

  return (
    <>
      <Button
        size="sm"
        icon={<Network />}
        aria-label={`Create swarm on ${node.name}`}
        disabled={!ready}
        title={ready ? undefined : "Its agent must be connected and its Docker Engine answering."}
        onClick={() => setOpen(true)}
      >
        Create swarm
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!init.isPending}
        title={`Create a swarm on ${node.name}`}
        description="Swarm mode lets this host and others run services together."
        footer={<ModalFormFooter formId={formId} submitLabel="Create swarm" saving={init.isPending} onCancel={close} submitDisabled={addressError !== undefined} />}
      >
        <form id={formId} onSubmit={submit} className="space-y-4 text-sm">
          <FormError message={init.error ? errorMessage(init.error) : null} />
          <p className="text-fg">
            {node.name} becomes the manager of a new single-node swarm. Its containers keep running. Other hosts can then join from this card
            with <span className="font-medium">Add node</span>.
          </p>
          <TextField
            label="Advertise address (optional)"
            placeholder="192.168.1.10 or eth0"
            mono
            spellCheck={false}
            autoComplete="off"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            error={addressError}
            hint="Where the other nodes reach this one. Docker needs it when the host has several addresses."
          />
          <p className="text-xs text-fg-muted">
            Other nodes must reach it on TCP 2377 (swarm management), TCP and UDP 7946 (node discovery) and UDP 4789 (overlay networks).
          </p>
        </form>
      </Modal>
    </>
  );
}
