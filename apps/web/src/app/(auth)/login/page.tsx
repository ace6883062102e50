"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@wheelhouse/ui";
import { LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { AuthStatusGate } from "@/components/auth-status-gate";
import { TextField } from "@/components/text-field";
import { useTRPC } from "@/lib/trpc";
import { SignInRefusal } from "./sign-in-refusal";

export default function LoginPage() {
  const trpc = useTRPC();
  const router = useRouter();
  const status = useQuery(trpc.auth.status.queryOptions());
  const queryClient = useQueryClient();
  // A new session makes everything cached while signed out wrong, the install's status first of all.
  const signedIn = () => {
    queryClient.clear();
    router.replace("/");
  };
  const login = useMutation(trpc.auth.login.mutationOptions({ onSuccess: signedIn }));
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");

  useEffect(() => {
    if (status.data?.setupRequired) router.replace("/setup");
    else if (status.data?.user) router.replace("/");
  }, [status.data, router]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };

  return (
    <AuthStatusGate status={status}>
      <form onSubmit={submit} className="space-y-5">
        <div>
          <h1 className="text-lg font-semibold text-fg">Sign in</h1>
          <p className="mt-1 text-sm text-fg-muted">Use your Wheelhouse account.</p>
        </div>
        <SignInRefusal error={login.error} />
        <TextField label="Username" name="username" autoComplete="username" autoFocus required value={username} onChange={(e) => setUsername(e.target.value)} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="primary" className="w-full" loading={login.isPending} icon={<LogIn />}>
          Sign in
        </Button>
      </form>
    </AuthStatusGate>
  );
}
