"use client";
/** An administrator setting a local user's password, e.g. when they have forgotten it. Their sessions are left alone. */
import { useMutation } from "@tanstack/react-query";
import { Modal, ModalFormFooter } from "@wheelhouse/ui";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { PASSWORD_RULES } from "./password-rules";
import { useUserMutationOptions } from "./use-user-mutation";
import type { UserRow } from "./user-rows";

const FORM_ID = "set-password";

export function SetPasswordModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const trpc = useTRPC();
  const options = useUserMutationOptions();
  const [password, setPassword] = useState("");
  const setIt = useMutation(trpc.users.setPassword.mutationOptions(options(`Set a new password for ${user.username}`, null, onClose)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIt.mutate({ id: user.id, password });
  };
  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!setIt.isPending}
      title={`Set a password for ${user.username}`}
      description="Also clears a lock from wrong passwords. Give the password to the user over a safe channel and ask them to change it on their account page."
      footer={<ModalFormFooter formId={FORM_ID} submitLabel="Set password" saving={setIt.isPending} onCancel={onClose} />}
    >
      <form id={FORM_ID} onSubmit={submit} className="space-y-4">
        <FormError message={setIt.error ? errorMessage(setIt.error) : null} />
        <TextField label="New password" type="password" data-autofocus required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} hint={PASSWORD_RULES} />
      </form>
    </Modal>
  );
}
