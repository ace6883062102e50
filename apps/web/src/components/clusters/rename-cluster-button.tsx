"use client";
/** Names a swarm (Docker gives swarms none) or renames a group of hosts. */
import { useMutation } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { IconButton, Modal, ModalFormFooter } from "@wheelhouse/ui";
import { Pencil } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { useMembershipRefresh } from "./use-membership-refresh";

export function RenameClusterButton({ cluster }: { cluster: ClusterView }) {
  const trpc = useTRPC();
  const refresh = useMembershipRefresh();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(cluster.name);
  const rename = useMutation(trpc.clusters.rename.mutationOptions());
  const target = cluster.kind === "swarm" && cluster.swarmId ? { swarmId: cluster.swarmId } : cluster.recordId ? { recordId: cluster.recordId } : null;
  if (!target) return null;

  const close = () => {
    setOpen(false);
    rename.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ ...target, name }, { onSuccess: () => (refresh(), close()) });
  };

  return (
    <>
      <IconButton aria-label={`Rename ${cluster.name}`} icon={<Pencil />} size="sm" onClick={() => (setName(cluster.name), setOpen(true))} />
      <Modal
        open={open}
        onClose={close}
        dismissible={!rename.isPending}
        title={`Rename ${cluster.name}`}
        description="The name Wheelhouse shows; nothing changes on the hosts."
        footer={<ModalFormFooter formId={formId} submitLabel="Rename" saving={rename.isPending} onCancel={close} submitDisabled={name.trim() === ""} />}
      >
        <form id={formId} onSubmit={submit} className="space-y-4 text-sm">
          <FormError message={rename.error ? errorMessage(rename.error) : null} />
          <TextField label="Cluster name" required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} />
        </form>
      </Modal>
    </>
  );
}
