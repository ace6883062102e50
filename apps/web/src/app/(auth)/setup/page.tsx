"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@wheelhouse/ui";
import { ShieldCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { AuthStatusGate } from "@/components/auth-status-gate";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function SetupPage() {
  const trpc = useTRPC();
  const router = useRouter();
  const status = useQuery(trpc.auth.status.queryOptions());
  const queryClient = useQueryClient();
  // A new session makes everything cached while signed out wrong, the install's status first of all.
  const signedIn = () => {
    queryClient.clear();
    router.replace("/");
  };
  const setup = useMutation(trpc.auth.setup.mutationOptions({ onSuccess: signedIn }));
  const [form, setForm] = useState({ setupCode: "", username: "admin", password: "", confirm: "" });
  const [mismatch, setMismatch] = useState(false);

  useEffect(() => {
    if (status.data && !status.data.setupRequired) router.replace(status.data.user ? "/" : "/login");
  }, [status.data, router]);

  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(form.password !== form.confirm);
    if (form.password !== form.confirm) return;
    setup.mutate({ setupCode: form.setupCode, username: form.username, password: form.password });
  };

  return (
    <AuthStatusGate status={status}>
      <form onSubmit={submit} className="space-y-5">
        <div>
          <h1 className="text-lg font-semibold text-fg">Create the administrator</h1>
          <p className="mt-1 text-sm text-fg-muted">
            This Wheelhouse is new. The server printed a one-time setup code to its log; enter it to claim this install.
          </p>
        </div>
        <FormError message={mismatch ? "The two passwords differ." : setup.error ? errorMessage(setup.error) : null} />
        <TextField label="Setup code" name="setupCode" autoComplete="one-time-code" autoFocus required spellCheck={false} mono hint="Look for “SETUP CODE” in the server's output." {...field("setupCode")} />
        <TextField label="Username" name="username" autoComplete="username" required {...field("username")} />
        <TextField label="Password" name="password" type="password" autoComplete="new-password" required hint="At least 10 characters." {...field("password")} />
        <TextField label="Confirm password" name="confirm" type="password" autoComplete="new-password" required {...field("confirm")} />
        <Button type="submit" variant="primary" className="w-full" loading={setup.isPending} icon={<ShieldCheck />}>
          Create administrator
        </Button>
      </form>
    </AuthStatusGate>
  );
}
