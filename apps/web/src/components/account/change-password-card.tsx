"use client";
/** Changing one's own password: the current one, then the new one twice. Every other session of the account ends. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Card, useToast } from "@wheelhouse/ui";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { PASSWORD_RULES } from "@/components/users/password-rules";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

const EMPTY = { currentPassword: "", newPassword: "", repeat: "" };

export function ChangePasswordCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => {
        toast.success("Changed your password", { description: "Your other sessions have ended." });
        setForm(EMPTY);
        void queryClient.invalidateQueries(trpc.account.sessions.queryFilter());
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = form.newPassword !== form.repeat;
    setMismatch(differs);
    if (!differs) change.mutate({ currentPassword: form.currentPassword, newPassword: form.newPassword });
  };
  return (
    <Card title="Password" description="Changing it signs you out everywhere else.">
      <form onSubmit={submit} className="max-w-md space-y-4">
        <FormError message={change.error ? errorMessage(change.error) : null} />
        <TextField label="Current password" type="password" required autoComplete="current-password" value={form.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.target.value })} />
        <TextField label="New password" type="password" required autoComplete="new-password" value={form.newPassword} onChange={(e) => setForm({ ...form, newPassword: e.target.value })} hint={PASSWORD_RULES} />
        <TextField
          label="New password again"
          type="password"
          required
          autoComplete="new-password"
          value={form.repeat}
          onChange={(e) => setForm({ ...form, repeat: e.target.value })}
          error={mismatch && form.repeat !== form.newPassword ? "This differs from the new password above." : undefined}
        />
        <Button variant="primary" type="submit" loading={change.isPending}>
          Change password
        </Button>
      </form>
    </Card>
  );
}
