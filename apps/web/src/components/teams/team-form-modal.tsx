"use client";
/** Creating a team, or editing one: its name, what it is for, and optionally the directory group it follows. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { TeamRow } from "./team-rows";

const FORM_ID = "team-form";

/** With a team, edits it; without, creates one. */
export function TeamFormModal({ team, onClose }: { team?: TeamRow; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({ name: team?.name ?? "", description: team?.description ?? "", ldapGroupDn: team?.ldapGroupDn ?? "" });
  const create = useMutation(trpc.teams.create.mutationOptions());
  const update = useMutation(trpc.teams.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const done = (message: string) => {
    toast.success(message);
    void queryClient.invalidateQueries(trpc.teams.pathFilter());
    void queryClient.invalidateQueries(trpc.users.pathFilter());
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { name: form.name, description: form.description, ldapGroupDn: form.ldapGroupDn.trim() || null };
    if (team) update.mutate({ id: team.id, ...fields }, { onSuccess: () => done(`Saved team ${fields.name}`) });
    else create.mutate(fields, { onSuccess: () => done(`Created team ${fields.name}`) });
  };
  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!saving}
      title={team ? `Edit team ${team.name}` : "Create a team"}
      description={team ? undefined : "Teams gather users so one grant can give them all the same access. A user may belong to several teams."}
      footer={<ModalFormFooter formId={FORM_ID} submitLabel={team ? "Save" : "Create team"} saving={saving} onCancel={onClose} />}
    >
      <form id={FORM_ID} onSubmit={submit} className="space-y-4">
        <FormError message={error ? errorMessage(error) : null} />
        <TextField label="Name" data-autofocus required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder="e.g. Platform team" />
        <TextField label="Description (optional)" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} placeholder="What the team looks after" />
        <TextField
          label="Directory group (optional)"
          mono
          spellCheck={false}
          value={form.ldapGroupDn}
          onChange={(e) => setForm({ ...form, ldapGroupDn: e.target.value })}
          placeholder="cn=platform,ou=groups,dc=example,dc=com"
          hint="The DN of an LDAP group. Its members join this team when they sign in, and leave it when they leave the group."
        />
      </form>
    </Modal>
  );
}
