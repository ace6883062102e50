"use client";
/** Creating a custom role, or changing one: its name, what it is for, and its permissions. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Modal, ModalFormFooter, useToast } from "@wheelhouse/ui";
import { useId, useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { QueryStates } from "@/components/query-states";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { PermissionCheckboxes } from "./permission-checkboxes";
import type { RoleRow } from "./role-rows";

interface RoleFormModalProps {
  /** The role to change; none to create one. */
  role?: RoleRow;
  onClose: () => void;
}

export function RoleFormModal({ role, onClose }: RoleFormModalProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const formId = useId();
  const catalogue = useQuery(trpc.roles.permissions.queryOptions());
  const [name, setName] = useState(role?.name ?? "");
  const [description, setDescription] = useState(role?.description ?? "");
  const [selected, setSelected] = useState<Set<string>>(() => new Set(role?.permissions ?? []));
  const [submitted, setSubmitted] = useState(false);
  const done = (verb: string) => () => {
    toast.success(`${verb} role ${name.trim()}`);
    void queryClient.invalidateQueries(trpc.roles.list.queryFilter());
    onClose();
  };
  const create = useMutation(trpc.roles.create.mutationOptions({ onSuccess: done("Created") }));
  const update = useMutation(trpc.roles.update.mutationOptions({ onSuccess: done("Saved") }));
  const saving = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const nameError = submitted && name.trim() === "" ? "Name the role." : undefined;
  const permissionsError = submitted && selected.size === 0 ? "Choose at least one permission." : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim() === "" || selected.size === 0) return;
    const fields = { name, description, permissions: [...selected] };
    if (role) update.mutate({ roleId: role.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!saving}
      size="xl"
      title={role ? `Edit role ${role.name}` : "Create a role"}
      description={
        role
          ? `Changes apply to the ${role.grantCount} grant${role.grantCount === 1 ? "" : "s"} using this role at their holders' next request.`
          : "A custom role is a named set of permissions. Grant it on a resource set to give those permissions there."
      }
      footer={<ModalFormFooter formId={formId} submitLabel={role ? "Save role" : "Create role"} saving={saving} onCancel={onClose} />}
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-5">
        <FormError message={failure ? errorMessage(failure) : permissionsError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" data-autofocus autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={nameError} hint="e.g. Deployer, Team lead" />
          <TextField label="Description (optional)" autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} hint="What the role is for, in a sentence." />
        </div>
        <div>
          <p className="text-sm font-medium text-fg">
            Permissions <span className="font-normal text-fg-muted">({selected.size} chosen)</span>
          </p>
          <p className="mt-0.5 mb-3 text-xs text-fg-muted">Each applies only to what the grant&apos;s resource set reaches.</p>
          <QueryStates query={catalogue} loadingLabel="Loading permissions…">
            {(areas) => <PermissionCheckboxes catalogue={areas} selected={selected} onChange={setSelected} />}
          </QueryStates>
        </div>
      </form>
    </Modal>
  );
}
