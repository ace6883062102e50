"use client";
/** Gathers standalone hosts under a name, so the overview shows them as one cluster. */
import { useMutation } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { Group } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { useMembershipRefresh } from "./use-membership-refresh";

export function GroupHostsButton({ clusters }: { clusters: ClusterView[] }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useMembershipRefresh();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const create = useMutation(trpc.clusters.createGroup.mutationOptions());
  // Swarm members belong to their swarm; grouped hosts may move to a new group.
  const hosts = clusters.filter((c) => c.kind !== "swarm").flatMap((c) => c.nodes.map((n) => ({ ...n, group: c.kind === "group" ? c.name : null })));

  const close = () => {
    setOpen(false);
    setName("");
    setChosen(new Set());
    create.reset();
  };
  const toggle = (id: string) => setChosen((current) => new Set(current.has(id) ? [...current].filter((c) => c !== id) : [...current, id]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, nodeIds: [...chosen] },
      {
        onSuccess: () => {
          toast.success(`Grouped ${chosen.size} hosts as ${name.trim()}`);
          refresh();
          close();
        },
      },
    );
  };

  return (
    <>
      <Button size="sm" icon={<Group />} onClick={() => setOpen(true)} disabled={hosts.length === 0} title={hosts.length === 0 ? "Every host is in a swarm." : undefined}>
        Group hosts
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        title="Group standalone hosts"
        description="A named cluster on the overview, for hosts that are not in a swarm. Nothing changes on the hosts."
        footer={<ModalFormFooter formId={formId} submitLabel="Create group" saving={create.isPending} onCancel={close} submitDisabled={chosen.size === 0 || name.trim() === ""} />}
      >
        <form id={formId} onSubmit={submit} className="space-y-4 text-sm">
          <FormError message={create.error ? errorMessage(create.error) : null} />
          <TextField label="Group name" required maxLength={64} placeholder="edge sites" value={name} onChange={(e) => setName(e.target.value)} />
          <fieldset className="space-y-2">
            <legend className="mb-1.5 font-medium text-fg">Hosts</legend>
            {hosts.map((host) => (
              <label key={host.id} className="flex items-center gap-2.5">
                <input type="checkbox" className="size-4 accent-accent-600" checked={chosen.has(host.id)} onChange={() => toggle(host.id)} />
                <span className="font-medium text-fg">{host.name}</span>
                {host.group && <span className="text-xs text-fg-subtle">now in {host.group}</span>}
              </label>
            ))}
          </fieldset>
        </form>
      </Modal>
    </>
  );
}
