"use client";
/** "Create user": a local account with a first password, optionally an administrator. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { AdminCheckbox } from "./admin-checkbox";
import { PASSWORD_RULES } from "./password-rules";

const FORM_ID = "create-user";
const EMPTY = { username: "", displayName: "", email: "", password: "", isAdmin: false };

export function CreateUserButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const create = useMutation(trpc.users.create.mutationOptions());
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));
  const close = () => {
    setOpen(false);
    setForm(EMPTY);
    create.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, {
      onSuccess: () => {
        toast.success(`Created user ${form.username}`);
        void queryClient.invalidateQueries(trpc.users.pathFilter());
        close();
      },
    });
  };

  return (
    <>
      <Button variant="primary" icon={<UserPlus />} onClick={() => setOpen(true)}>
        Create user
      </Button>
      <Modal
        open={open}
        onClose={close}
        dismissible={!create.isPending}
        title="Create a local user"
        description="The user signs in with this username and password. Directory users need no account here: theirs is made at their first sign-in."
        footer={<ModalFormFooter formId={FORM_ID} submitLabel="Create user" saving={create.isPending} onCancel={close} />}
      >
        <form id={FORM_ID} onSubmit={submit} className="space-y-4">
          <FormError message={create.error ? errorMessage(create.error) : null} />
          <TextField label="Username" data-autofocus mono required spellCheck={false} autoComplete="off" value={form.username} onChange={(e) => set({ username: e.target.value })} hint="Letters, digits, dots, dashes and underscores; used to sign in." />
          <div className="grid grid-cols-2 gap-4">
            <TextField label="Display name (optional)" value={form.displayName} onChange={(e) => set({ displayName: e.target.value })} placeholder="Ana Lima" />
            <TextField label="Email (optional)" type="email" value={form.email} onChange={(e) => set({ email: e.target.value })} placeholder="ana@example.com" />
          </div>
          <TextField label="Password" type="password" required autoComplete="new-password" value={form.password} onChange={(e) => set({ password: e.target.value })} hint={`${PASSWORD_RULES} Give it to the user over a safe channel; they can change it on their account page.`} />
          <AdminCheckbox checked={form.isAdmin} onChange={(isAdmin) => set({ isAdmin })} />
        </form>
      </Modal>
    </>
  );
}
