"use client";
/**
 * The directory settings page's body: the on/off switch and the three sections of the form on the
 * left; the connection test (of what the form holds now) and the mapped teams on the right.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Card, useToast } from "@wheelhouse/ui";
import { Save } from "lucide-react";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { ConnectionTest } from "./connection-test";
import { formFrom, type DirectoryField, type DirectoryForm, type DirectorySettingsView } from "./directory-types";
import { fieldError, type FieldError } from "./field-error";
import { MappedTeams } from "./mapped-teams";
import { ConnectionSection, GroupSearchSection, UserSearchSection, type SectionProps } from "./settings-sections";

export function DirectorySettingsEditor({ saved }: { saved: DirectorySettingsView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState<DirectoryForm>(() => formFrom(saved));
  const [invalid, setInvalid] = useState<FieldError | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const save = useMutation(
    trpc.directory.update.mutationOptions({
      onSuccess: (view) => {
        toast.success(view.enabled ? "Directory sign-in is on" : "Directory settings saved");
        setForm(formFrom(view));
        void queryClient.invalidateQueries({ queryKey: trpc.directory.settings.queryKey() });
      },
      onError: (error) => {
        const message = errorMessage(error);
        const field = fieldError(message, form);
        setInvalid(field);
        setFailure(field ? "Some settings need fixing; see the fields marked below." : message);
      },
    }),
  );

  const sections: SectionProps = {
    form,
    passwordSet: saved.bindPasswordSet,
    set: (field, value) => {
      setForm((current) => ({ ...current, [field]: value }));
      if (invalid?.field === field) setInvalid(null);
    },
    errorOf: (field: DirectoryField) => (invalid?.field === field ? invalid.message : undefined),
  };

  const discard = () => {
    setForm(formFrom(saved));
    setInvalid(null);
    setFailure(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInvalid(null);
    setFailure(null);
    save.mutate(form);
  };

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <form onSubmit={submit} noValidate className="space-y-6">
        <Card>
          <div className="flex items-start justify-between gap-4">
            <label className="flex items-start gap-3">
              <input type="checkbox" className="mt-0.5 size-4 accent-accent-600" checked={form.enabled} onChange={(event) => sections.set("enabled", event.target.checked)} />
              <span>
                <span className="block text-sm font-medium text-fg">Let directory users sign in</span>
                <span className="mt-0.5 block text-sm text-fg-muted">
                  Unknown usernames are looked up in the directory; a local account with the same name keeps signing in with its own password.
                </span>
              </span>
            </label>
            <Badge tone={saved.enabled ? "success" : "neutral"} dot>
              {saved.enabled ? "On" : "Off"}
            </Badge>
          </div>
        </Card>
        <FormError message={failure} />
        <ConnectionSection {...sections} />
        <UserSearchSection {...sections} />
        <GroupSearchSection {...sections} />
        <div className="flex items-center justify-end gap-3">
          <Button type="button" variant="ghost" disabled={save.isPending} onClick={discard}>
            Discard changes
          </Button>
          <Button type="submit" variant="primary" icon={<Save />} loading={save.isPending}>
            Save settings
          </Button>
        </div>
      </form>
      <aside className="space-y-6 xl:sticky xl:top-6">
        <ConnectionTest form={form} />
        <MappedTeams enabled={saved.enabled} />
      </aside>
    </div>
  );
}
