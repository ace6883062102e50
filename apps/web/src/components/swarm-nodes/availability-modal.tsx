"use client";
/**
 * Setting whether the scheduler may use a node: active, paused (keeps its tasks, gets no new ones)
 * or drained (its tasks move to other nodes). Choosing drain turns the form into a confirmation.
 */
import type { SwarmNode } from "@wheelhouse/protocol";
import { Button, Modal, useToast } from "@wheelhouse/ui";
import { TriangleAlert } from "lucide-react";
import { useId, useState } from "react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { RadioCard } from "./radio-card";
import { useSwarmNodeUpdate } from "./use-swarm-node-update";

type Availability = SwarmNode["availability"];

const CHOICES: { value: Availability; label: string; hint: string; done: string }[] = [
  { value: "active", label: "Active", hint: "The scheduler may place new tasks here.", done: "is active" },
  { value: "pause", label: "Pause", hint: "Running tasks stay; no new task is placed here.", done: "is paused" },
  { value: "drain", label: "Drain", hint: "No task runs here: its service tasks move to other nodes.", done: "is draining" },
];

interface Props {
  swarmId: string;
  node: SwarmNode;
  open: boolean;
  onClose: () => void;
}

export function AvailabilityModal({ swarmId, node, open, onClose }: Props) {
  const name = useId();
  const toast = useToast();
  const update = useSwarmNodeUpdate();
  // Nothing picked yet means the node's current availability, whatever the list last read.
  const [picked, setPicked] = useState<Availability | null>(null);
  const choice = picked ?? node.availability;
  const close = () => {
    update.reset();
    setPicked(null);
    onClose();
  };
  const apply = () =>
    update.mutate(
      { swarmId, id: node.id, version: node.version, availability: choice },
      {
        onSuccess: () => {
          toast.success(`${node.hostname} ${CHOICES.find((c) => c.value === choice)?.done ?? "is updated"}`);
          close();
        },
      },
    );
  const draining = choice === "drain" && node.availability !== "drain";

  return (
    <Modal
      open={open}
      onClose={close}
      dismissible={!update.isPending}
      title={`Availability of ${node.hostname}`}
      description="Whether the swarm's scheduler may run tasks on this node."
      footer={
        <>
          <Button onClick={close} disabled={update.isPending}>
            Cancel
          </Button>
          <Button variant={draining ? "danger" : "primary"} loading={update.isPending} disabled={choice === node.availability} onClick={apply}>
            {draining ? `Drain ${node.hostname}` : "Set availability"}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <FormError message={update.error ? errorMessage(update.error) : null} />
        <fieldset className="space-y-2">
          <legend className="sr-only">Availability</legend>
          {CHOICES.map((c) => (
            <RadioCard
              key={c.value}
              name={name}
              checked={choice === c.value}
              onChange={() => setPicked(c.value)}
              label={
                <>
                  {c.label}
                  {node.availability === c.value && <span className="ml-2 text-xs font-normal text-fg-subtle">current</span>}
                </>
              }
              hint={c.hint}
            />
          ))}
        </fieldset>
        {draining && (
          <p role="alert" className="flex gap-2 rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              Draining stops every service task on {node.hostname}: its tasks move to other nodes, which need room for them. Containers started
              outside swarm services keep running.
            </span>
          </p>
        )}
      </div>
    </Modal>
  );
}
