"use client";
/** Creating a resource set, or changing one: the clusters it reaches and the labels that narrow it. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { QueryStates } from "@/components/query-states";
import type { ResourceSetRow } from "@/components/roles/role-rows";
import { LabelRowsField } from "@/components/swarm-nodes/label-rows-field";
import { labelRow, labelRowProblems, labelsFromRows, rowsFromLabels } from "@/components/swarm-nodes/label-rows";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { ClusterChecklist } from "./cluster-checklist";

interface ResourceSetFormModalProps {
  /** The set to change; none to create one. */
  set?: ResourceSetRow;
  onClose: () => void;
}

const rowsOf = (labels: Record<string, string> | undefined) => {
  const rows = rowsFromLabels(labels ?? {});
  return rows.length ? rows : [labelRow()];
};

export function ResourceSetFormModal({ set, onClose }: ResourceSetFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const clusters = useQuery(trpc.resourceSets.clusterChoices.queryOptions());
  const [name, setName] = useState(set?.name ?? "");
  const [description, setDescription] = useState(set?.description ?? "");
  const [clusterIds, setClusterIds] = useState<string[]>(set?.scope.clusterIds ?? []);
  const [nodeRows, setNodeRows] = useState(() => rowsOf(set?.scope.nodeLabels));
  const [labelRows, setLabelRows] = useState(() => rowsOf(set?.scope.labels));
  const [submitted, setSubmitted] = useState(false);
  const nodeProblems = labelRowProblems(nodeRows, new Set(Object.keys(set?.scope.nodeLabels ?? {})));
  const labelProblems = labelRowProblems(labelRows, new Set(Object.keys(set?.scope.labels ?? {})));
  const done = (verb: string) => () => {
    toast.success(`${verb} resource set ${name.trim()}`);
    void queryClient.invalidateQueries(trpc.resourceSets.list.queryFilter());
    onClose();
  };
  const create = useMutation(trpc.resourceSets.create.mutationOptions({ onSuccess: done("Created") }));
  const update = useMutation(trpc.resourceSets.update.mutationOptions({ onSuccess: done("Saved") }));
  const saving = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const nameError = submitted && name.trim() === "" ? "Name the resource set." : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim() === "" || nodeProblems.size > 0 || labelProblems.size > 0) return;
    const fields = { name, description, clusterIds, nodeLabels: labelsFromRows(nodeRows), labels: labelsFromRows(labelRows) };
    if (set) update.mutate({ resourceSetId: set.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!saving}
      size="lg"
      title={set ? `Edit resource set ${set.name}` : "Create a resource set"}
      description={
        set
          ? `Changes what the ${set.grantCount} grant${set.grantCount === 1 ? "" : "s"} on this set reach, at their holders' next request.`
          : "Which resources a grant reaches. Every condition you set must hold; an empty one is no restriction."
      }
      footer={<ModalFormFooter formId={formId} submitLabel={set ? "Save resource set" : "Create resource set"} saving={saving} onCancel={onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-5">
        <FormError message={failure ? errorMessage(failure) : null} />
        <TextField label="Name" data-autofocus autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={nameError} hint="e.g. Payments in production" />
        <TextField label="Description (optional)" autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />
        <QueryStates query={clusters} loadingLabel="Loading clusters…">
          {(choices) => <ClusterChecklist choices={choices} selected={clusterIds} onChange={setClusterIds} />}
        </QueryStates>
        <LabelRowsField
          legend="Object labels (optional)"
          hint="Services, stacks, containers, secrets and configs carrying all of these, e.g. team = payments. Images, volumes and networks carry no such labels and fall outside."
          rows={labelRows}
          onChange={setLabelRows}
          problems={labelProblems}
        />
        <LabelRowsField
          legend="Node labels (optional)"
          hint="Only nodes carrying all of these, and what sits on them: containers, images, volumes, networks. Services and stacks span nodes and fall outside."
          rows={nodeRows}
          onChange={setNodeRows}
          problems={nodeProblems}
        />
      </form>
    </Modal>
  );
}
