"use client";
/**
 * Editing a swarm node's labels, the ones services' placement reads. Saving replaces the whole set,
 * based on the version read when the form opened: a node changed meanwhile is refused, and the
 * form offers to start again from its current labels instead of overwriting someone's change.
 */
import type { SwarmNode } from "@wheelhouse/protocol";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { RefreshCw } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { LabelRowsField } from "./label-rows-field";
import { labelRow, labelRowProblems, labelsFromRows, rowsFromLabels, sameLabels, type LabelRow } from "./label-rows";
import { useSwarmNodeUpdate } from "./use-swarm-node-update";

interface Props {
  swarmId: string;
  node: SwarmNode;
  open: boolean;
  onClose: () => void;
}

export function EditLabelsModal({ swarmId, node, open, onClose }: Props) {
  const formId = useId();
  const toast = useToast();
  const update = useSwarmNodeUpdate();
  const close = () => {
    update.reset();
    onClose();
  };
  const save = (version: number, labels: Record<string, string>) =>
    update.mutate(
      { swarmId, id: node.id, version, labels },
      {
        onSuccess: () => {
          toast.success(`Saved the labels of ${node.hostname}`);
          close();
        },
      },
    );

  return (
    <Modal
      open={open}
      onClose={close}
      dismissible={!update.isPending}
      size="lg"
      title={`Labels of ${node.hostname}`}
      description="Saving replaces all of this node's swarm labels."
      footer={<ModalFormFooter formId={formId} submitLabel="Save labels" saving={update.isPending} onCancel={close} />}
    >
      <LabelsForm
        id={formId}
        node={node}
        error={update.error ? errorMessage(update.error) : null}
        conflict={update.error?.data?.code === "CONFLICT"}
        onSave={save}
        onUnchanged={close}
        onReload={() => update.reset()}
      />
    </Modal>
  );
}

interface FormProps {
  id: string;
  node: SwarmNode;
  error: string | null;
  conflict: boolean;
  onSave: (version: number, labels: Record<string, string>) => void;
  onUnchanged: () => void;
  onReload: () => void;
}

const editable = (labels: Record<string, string>): LabelRow[] => {
  const rows = rowsFromLabels(labels);
  return rows.length ? rows : [labelRow()];
};

function LabelsForm({ id, node, error, conflict, onSave, onUnchanged, onReload }: FormProps) {
  const [base, setBase] = useState({ version: node.version, labels: node.labels });
  const [rows, setRows] = useState(() => editable(node.labels));
  const problems = labelRowProblems(rows, new Set(Object.keys(base.labels)));
  // The list is read again after a conflict; once it has the newer node, the form can start from it.
  const newer = node.version !== base.version;

  const reload = () => {
    setBase({ version: node.version, labels: node.labels });
    setRows(editable(node.labels));
    onReload();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.size > 0) return;
    const labels = labelsFromRows(rows);
    if (sameLabels(labels, base.labels)) onUnchanged();
    else onSave(base.version, labels);
  };

  return (
    <form id={id} onSubmit={submit} className="space-y-4">
      <FormError message={error} />
      {conflict && newer && (
        <Button size="sm" icon={<RefreshCw />} onClick={reload}>
          Start again from the current labels
        </Button>
      )}
      <LabelRowsField
        rows={rows}
        onChange={setRows}
        problems={problems}
        hint={
          <>
            Placement reads them: a constraint such as <code className="font-mono">node.labels.rack==r1</code> pins a service, a preference such as{" "}
            <code className="font-mono">spread=node.labels.rack</code> spreads its replicas across racks.
          </>
        }
      />
    </form>
  );
}
