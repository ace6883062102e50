"use client";
/**
 * Adds a standalone node to a swarm as a worker or a manager. The API fetches the join token and the
 * managers' addresses from the swarm itself, so nobody copies tokens between hosts.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ClusterView } from "@wheelhouse/api";
import { SwarmInit } from "@wheelhouse/protocol";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { Plus } from "lucide-react";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { RadioCard } from "@/components/swarm-nodes/radio-card";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { JoinCommand } from "./join-command";
import { useMembershipRefresh } from "./use-membership-refresh";

type Role = "worker" | "manager";

const ROLES: { value: Role; label: string; hint: string }[] = [
  { value: "worker", label: "Worker", hint: "Runs the services' tasks." },
  { value: "manager", label: "Manager", hint: "Also keeps the swarm's state and schedules; 3 or 5 managers survive failures best." },
];

export function AddSwarmNodeButton({ swarm }: { swarm: ClusterView & { swarmId: string } }) {
  const trpc = useTRPC();
  const toast = useToast();
  const refresh = useMembershipRefresh();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const clusters = useQuery(trpc.clusters.list.queryOptions());
  const join = useMutation(trpc.swarm.join.mutationOptions());
  const [picked, setPicked] = useState<string | null>(null);
  const [role, setRole] = useState<Role>("worker");
  const [address, setAddress] = useState("");
  const parsed = SwarmInit.safeParse({ advertiseAddr: address.trim() || undefined });
  const addressError = parsed.error?.issues[0]?.message;

  const candidates = (clusters.data ?? []).filter((c) => c.kind === "standalone").flatMap((c) => c.nodes).filter((n) => n.connected && n.engineReachable);
  // With one candidate there is nothing to choose.
  const nodeId = picked ?? (candidates.length === 1 ? candidates[0]?.id : undefined);
  const close = () => {
    setOpen(false);
    setPicked(null);
    setRole("worker");
    setAddress("");
    join.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!nodeId || !parsed.success) return;
    const name = candidates.find((n) => n.id === nodeId)?.name ?? "The node";
    join.mutate(
      { nodeId, swarmId: swarm.swarmId, role, ...parsed.data },
      {
        onSuccess: () => {
          toast.success("Joined; it appears in the swarm shortly", { description: `${name} joined ${swarm.name} as a ${role}.` });
          refresh();
          close();
        },
      },
    );
  };

  return (
    <>
      <Button size="sm" icon={<Plus />} aria-label={`Add node to ${swarm.name}`} disabled={swarm.health === "down"} onClick={() => setOpen(true)}>
        Add node
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!join.isPending}
        size="lg"
        title={`Add a node to ${swarm.name}`}
        description="A standalone host whose Wheelhouse agent is connected joins the swarm; its running containers stay."
        footer={<ModalFormFooter formId={formId} submitLabel="Join swarm" saving={join.isPending} onCancel={close} submitDisabled={!nodeId || addressError !== undefined} />}
      >
        <form id={formId} onSubmit={submit} className="space-y-5 text-sm">
          <FormError message={join.error ? errorMessage(join.error) : clusters.error ? errorMessage(clusters.error) : null} />
          <fieldset>
            <legend className="font-medium text-fg">Node</legend>
            {clusters.isPending ? (
              <p className="mt-2 text-fg-muted">Looking for standalone nodes…</p>
            ) : candidates.length === 0 ? (
              <p className="mt-2 rounded-md border border-dashed border-line-strong px-3 py-4 text-center text-fg-muted">
                No standalone node has a connected agent. Start an agent on the host first, from{" "}
                <Link href="/nodes" className="font-medium text-accent-700 hover:underline">
                  Nodes → Add node
                </Link>
                .
              </p>
            ) : (
              <div className="mt-2 space-y-2">
                {candidates.map((n) => (
                  <RadioCard key={n.id} name={`${formId}-node`} checked={nodeId === n.id} onChange={() => setPicked(n.id)} label={n.name} />
                ))}
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend className="font-medium text-fg">Role</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {ROLES.map((r) => (
                <RadioCard key={r.value} name={`${formId}-role`} checked={role === r.value} onChange={() => setRole(r.value)} label={r.label} hint={r.hint} />
              ))}
            </div>
          </fieldset>
          <TextField
            label="Advertise address (optional)"
            placeholder="192.168.1.11 or eth0"
            mono
            spellCheck={false}
            autoComplete="off"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            error={addressError}
            hint="Where the other nodes reach the new one. Docker needs it when the host has several addresses."
          />
          <JoinCommand swarmId={swarm.swarmId} role={role} />
        </form>
      </Modal>
    </>
  );
}
