"use client";
/** "Test connection": tries the settings as they stand in the form (saved or not), optionally with a sample username. */
import { useMutation } from "@tanstack/react-query";
import { Button, Card } from "@wheelhouse/ui";
import { PlugZap } from "lucide-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { DirectoryForm } from "./directory-types";
import { TestResult } from "./test-result";

export function ConnectionTest({ form }: { form: DirectoryForm }) {
  const trpc = useTRPC();
  const [username, setUsername] = useState("");
  const test = useMutation(trpc.directory.test.mutationOptions());

  const run = (event: FormEvent) => {
    event.preventDefault();
    test.mutate({ settings: form, username: username.trim() || undefined });
  };

  return (
    <Card title="Test connection" description="Binds with the settings in the form, then looks the sample user up. Nothing is saved.">
      <form onSubmit={run} className="space-y-4">
        <TextField label="Sample username (optional)" mono spellCheck={false} autoComplete="off" value={username} onChange={(event) => setUsername(event.target.value)} />
        <Button type="submit" icon={<PlugZap />} loading={test.isPending}>
          Test connection
        </Button>
      </form>
      {test.error && (
        <div className="mt-4">
          <FormError message={errorMessage(test.error)} />
        </div>
      )}
      {test.data && !test.isPending && (
        <div className="mt-4">
          <TestResult result={test.data} />
        </div>
      )}
    </Card>
  );
}
