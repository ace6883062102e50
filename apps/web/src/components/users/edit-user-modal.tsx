"use client";
/** Editing a user's name, email and administrator flag. The API refuses demoting yourself or the last administrator, and says so here. */
import { useMutation } from "@tanstack/react-query";
import { Modal, ModalFormFooter } from "@wheelhouse/ui";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { AdminCheckbox } from "./admin-checkbox";
import { useUserMutationOptions } from "./use-user-mutation";
import type { UserRow } from "./user-rows";

const FORM_ID = "edit-user";

export function EditUserModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const trpc = useTRPC();
  const options = useUserMutationOptions();
  const [form, setForm] = useState({ displayName: user.displayName ?? "", email: user.email ?? "", isAdmin: user.isAdmin });
  const update = useMutation(trpc.users.update.mutationOptions(options(`Saved ${user.username}`, null, onClose)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: user.id, ...form });
  };
  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!update.isPending}
      title={`Edit ${user.username}`}
      footer={<ModalFormFooter formId={FORM_ID} submitLabel="Save" saving={update.isPending} onCancel={onClose} />}
    >
      <form id={FORM_ID} onSubmit={submit} className="space-y-4">
        <FormError message={update.error ? errorMessage(update.error) : null} />
        <TextField label="Display name" data-autofocus value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        <TextField label="Email" type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <AdminCheckbox
          checked={form.isAdmin}
          disabled={user.isYou}
          hint={user.isYou ? "You cannot remove your own administrator rights; another administrator can." : undefined}
          onChange={(isAdmin) => setForm({ ...form, isAdmin })}
        />
      </form>
    </Modal>
  );
}
