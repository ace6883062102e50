/** The settings form's three sections: how to reach the directory, how to find users, how to find their groups. */
import { Card } from "@wheelhouse/ui";
import type { ReactNode } from "react";
import { TextField } from "@/components/text-field";
import type { DirectoryField, DirectoryForm } from "./directory-types";

export interface SectionProps {
  form: DirectoryForm;
  set: <K extends DirectoryField>(field: K, value: DirectoryForm[K]) => void;
  errorOf: (field: DirectoryField) => string | undefined;
  passwordSet: boolean;
}

type TextKey = { [K in DirectoryField]: DirectoryForm[K] extends string ? K : never }[DirectoryField];

function Field({ name, label, hint, props, className }: { name: TextKey; label: string; hint?: ReactNode; props: SectionProps; className?: string }) {
  return (
    <TextField
      label={label}
      hint={hint}
      mono
      spellCheck={false}
      autoComplete="off"
      className={className}
      value={props.form[name]}
      onChange={(event) => props.set(name, event.target.value)}
      error={props.errorOf(name)}
    />
  );
}

export function ConnectionSection(props: SectionProps) {
  const { form, set, errorOf, passwordSet } = props;
  return (
    <Card title="Connection" description="The LDAP server, and the service account Wheelhouse searches it as.">
      <div className="grid gap-5 sm:grid-cols-[1fr_10rem]">
        <Field name="url" label="Server URL" hint="ldap://host:389, or ldaps://host:636 for TLS from the start." props={props} />
        <TextField
          label="Timeout (ms)"
          type="number"
          min={500}
          max={60000}
          step={500}
          value={form.timeoutMs}
          onChange={(event) => set("timeoutMs", event.target.valueAsNumber)}
          error={errorOf("timeoutMs")}
        />
      </div>
      <label className="mt-4 flex items-start gap-2.5 text-sm text-fg">
        <input type="checkbox" className="mt-0.5 size-4 accent-accent-600" checked={form.startTls} onChange={(event) => set("startTls", event.target.checked)} />
        <span>
          Upgrade with StartTLS
          <span className="block text-xs text-fg-muted">{errorOf("startTls") ?? "Encrypts an ldap:// connection before any password is sent."}</span>
        </span>
      </label>
      <div className="mt-5 grid gap-5 sm:grid-cols-2">
        <Field name="bindDn" label="Service account DN" hint="cn=wheelhouse,ou=services,dc=example,dc=com" props={props} />
        <TextField
          label="Service account password"
          type="password"
          autoComplete="new-password"
          placeholder={passwordSet ? "Set — leave empty to keep it" : "Not set"}
          value={form.bindPassword}
          onChange={(event) => set("bindPassword", event.target.value)}
          error={errorOf("bindPassword")}
          hint="Kept on the server, never shown again."
        />
      </div>
    </Card>
  );
}

export function UserSearchSection(props: SectionProps) {
  return (
    <Card title="User search" description="Where a username is looked up; it must match exactly one entry, whose password is then checked.">
      <div className="space-y-5">
        <Field name="userBaseDn" label="Base DN" hint="ou=people,dc=example,dc=com" props={props} />
        <Field name="userFilter" label="Filter" hint="{username} is replaced by the escaped username." props={props} />
      </div>
      <div className="mt-5 grid gap-5 sm:grid-cols-3">
        <Field name="usernameAttribute" label="Username attribute" props={props} />
        <Field name="displayNameAttribute" label="Display name attribute" props={props} />
        <Field name="emailAttribute" label="Email attribute" props={props} />
      </div>
    </Card>
  );
}

export function GroupSearchSection(props: SectionProps) {
  return (
    <Card title="Group search" description="How a user's groups are found at each sign-in. Teams mapped to a group follow its members.">
      <div className="space-y-5">
        <Field name="groupBaseDn" label="Base DN" hint="ou=groups,dc=example,dc=com" props={props} />
        <Field name="groupFilter" label="Filter" hint="{dn} is replaced by the user's escaped DN." props={props} />
      </div>
    </Card>
  );
}
