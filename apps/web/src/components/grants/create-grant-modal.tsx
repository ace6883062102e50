"use client";
/**
 * Granting a role on a resource set to a user or a team. A grantor who is not an administrator is
 * offered only the roles whose every permission they hold on the chosen set; the server decides.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import type { ResourceSetRow, RoleRow } from "@/components/roles/role-rows";
import { SelectField } from "@/components/select-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

type SubjectKind = "user" | "team";

function grantable(role: RoleRow, set: ResourceSetRow | undefined): boolean {
  const held = set?.yourPermissions;
  return held === null || held === undefined || role.permissions.every((p) => held.includes(p));
}

export function CreateGrantModal({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const subjects = useQuery(trpc.grants.subjects.queryOptions());
  const roles = useQuery(trpc.roles.list.queryOptions());
  const sets = useQuery(trpc.resourceSets.list.queryOptions());
  const [kind, setKind] = useState<SubjectKind>("user");
  const [subjectId, setSubjectId] = useState("");
  const [setId, setSetId] = useState("");
  const [roleId, setRoleId] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation(
    trpc.grants.create.mutationOptions({
      onSuccess: (result) => {
        toast.success("Granted", result.subjectDisabled ? { description: "The account is disabled: the grant takes effect once it is enabled." } : undefined);
        void queryClient.invalidateQueries(trpc.grants.list.queryFilter());
        void queryClient.invalidateQueries(trpc.roles.list.queryFilter());
        void queryClient.invalidateQueries(trpc.resourceSets.list.queryFilter());
        onClose();
      },
    }),
  );
  const loadError = subjects.error ?? roles.error ?? sets.error;
  const chosenSet = sets.data?.find((s) => s.id === setId);
  const subjectOptions =
    kind === "user"
      ? (subjects.data?.users ?? []).map((u) => ({ value: u.id, label: `${u.username}${u.displayName ? ` (${u.displayName})` : ""}${u.isAdmin ? ", administrator" : ""}${u.disabled ? ", disabled" : ""}` }))
      : (subjects.data?.teams ?? []).map((t) => ({ value: t.id, label: `${t.name} (${t.memberCount} member${t.memberCount === 1 ? "" : "s"})` }));
  const roleOptions = (roles.data ?? []).filter((r) => grantable(r, chosenSet));
  // A role chosen before the set may not be grantable there: it no longer counts as chosen.
  const chosenRoleId = roleOptions.some((r) => r.id === roleId) ? roleId : "";
  const missing = submitted && (!subjectId || !chosenRoleId || !setId) ? `Choose a ${!subjectId ? kind : !setId ? "resource set" : "role"}.` : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!subjectId || !chosenRoleId || !setId) return;
    create.mutate({ ...(kind === "user" ? { userId: subjectId } : { teamId: subjectId }), roleId: chosenRoleId, resourceSetId: setId });
  };

  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!create.isPending}
      title="Grant access"
      description="Give a user, or every member of a team, a role on a resource set. Access adds up across grants; nothing here takes any away."
      footer={<ModalFormFooter formId={formId} submitLabel="Grant" saving={create.isPending} onCancel={onClose} submitDisabled={loadError != null} />}
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4">
        <FormError message={loadError ? errorMessage(loadError) : create.error ? errorMessage(create.error) : missing} />
        <fieldset>
          <legend className="text-sm font-medium text-fg">Grant to</legend>
          <div className="mt-1.5 inline-flex rounded-md ring-1 ring-line-strong" role="radiogroup">
            {(["user", "team"] as const).map((k) => (
              <label key={k} className={`cursor-pointer px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md ${kind === k ? "bg-accent-600 text-white" : "text-fg-muted hover:bg-surface-hover"}`}>
                <input
                  type="radio"
                  className="sr-only"
                  name="subject-kind"
                  checked={kind === k}
                  onChange={() => {
                    setKind(k);
                    setSubjectId("");
                  }}
                />
                {k === "user" ? "A user" : "A team"}
              </label>
            ))}
          </div>
        </fieldset>
        <SelectField
          label={kind === "user" ? "User" : "Team"}
          value={subjectId}
          onChange={(e) => setSubjectId(e.target.value)}
          options={[{ value: "", label: subjects.isPending ? "Loading…" : subjectOptions.length ? `Choose a ${kind}` : `No ${kind}s yet` }, ...subjectOptions]}
        />
        <SelectField
          label="Resource set"
          value={setId}
          onChange={(e) => setSetId(e.target.value)}
          hint={chosenSet?.scopeText}
          options={[{ value: "", label: sets.isPending ? "Loading…" : sets.data?.length ? "Choose a resource set" : "No resource sets you may grant on" }, ...(sets.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        />
        <SelectField
          label="Role"
          value={chosenRoleId}
          onChange={(e) => setRoleId(e.target.value)}
          hint={
            chosenSet?.yourPermissions
              ? "Only the roles whose every permission you hold on this set: you cannot grant more than you have."
              : roleOptions.find((r) => r.id === chosenRoleId)?.description
          }
          options={[{ value: "", label: roles.isPending ? "Loading…" : "Choose a role" }, ...roleOptions.map((r) => ({ value: r.id, label: `${r.name} (${r.permissions.length} permissions)` }))]}
        />
      </form>
    </Modal>
  );
}
