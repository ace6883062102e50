"use client";
/** The form that creates a secret or a config: name, content and labels, checked as the API checks them. */
import { SecretCreate } from "@wheelhouse/protocol";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormError } from "@/components/form-error";
import { LabelRowsField } from "@/components/swarm-nodes/label-rows-field";
import { labelRow, labelRowProblems, labelsFromRows } from "@/components/swarm-nodes/label-rows";
import { TextField } from "@/components/text-field";
import { DataField } from "./data-field";

interface SwarmObjectFormProps {
  /** For the submit button, which sits in the modal's footer. */
  id: string;
  kind: "secret" | "config";
  nameHint: ReactNode;
  dataHint: ReactNode;
  error: string | null;
  onSubmit: (object: SecretCreate) => void;
}

export function SwarmObjectForm({ id, kind, nameHint, dataHint, error, onSubmit }: SwarmObjectFormProps) {
  const [name, setName] = useState("");
  const [data, setData] = useState("");
  const [rows, setRows] = useState(() => [labelRow()]);
  // Empty fields are not wrong until someone tries to submit them.
  const [submitted, setSubmitted] = useState(false);
  const labelProblems = labelRowProblems(rows);
  // Configs and secrets obey the same schema (ConfigCreate is SecretCreate).
  const parsed = SecretCreate.safeParse({ name, data, labels: labelsFromRows(rows) });
  const issue = (field: "name" | "data") => parsed.error?.issues.find((i) => i.path[0] === field)?.message;
  const nameError = name === "" ? (submitted ? `Give the ${kind} a name.` : undefined) : issue("name");
  const dataError = data === "" ? (submitted ? `Give the ${kind} ${kind === "secret" ? "a value" : "some content"}.` : undefined) : issue("data");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (parsed.success && labelProblems.size === 0) onSubmit(parsed.data);
  };

  return (
    <form id={id} onSubmit={submit} noValidate className="space-y-5">
      <FormError message={error} />
      <TextField label="Name" data-autofocus mono spellCheck={false} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={nameError} hint={nameHint} />
      <DataField label={kind === "secret" ? "Value" : "Content"} secret={kind === "secret"} value={data} onChange={setData} error={dataError} hint={dataHint} />
      <LabelRowsField legend="Labels (optional)" rows={rows} onChange={setRows} problems={labelProblems} />
    </form>
  );
}
