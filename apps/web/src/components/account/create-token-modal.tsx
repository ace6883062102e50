"use client";
/** Creating an API token: a name, a lifetime and optionally a narrower role; then the token, shown once. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, ModalFormFooter } from "@wheelhouse/ui";
import { useState, type FormEvent } from "react";
import { FormError } from "@/components/form-error";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { TokenCreated } from "./token-created";
import { lifetimeDays, TOKEN_LIFETIMES, type TokenLifetimeChoice } from "./token-lifetimes";

const FORM_ID = "create-api-token";
const ALL_MINE = "";

export function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roles = useQuery(trpc.account.tokenRoles.queryOptions());
  const [name, setName] = useState("");
  const [lifetime, setLifetime] = useState<TokenLifetimeChoice>("90");
  const [roleId, setRoleId] = useState(ALL_MINE);
  const create = useMutation(trpc.account.createApiToken.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.account.apiTokens.queryFilter()) }));
  const created = create.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, expiresInDays: lifetimeDays(lifetime), roleId: roleId || null });
  };
  const roleOptions = [{ value: ALL_MINE, label: "All my permissions" }, ...(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))];
  const roleHint = roles.error
    ? `Roles could not be loaded (${errorMessage(roles.error)}); the token can still carry all your permissions.`
    : (roles.data?.find((r) => r.id === roleId)?.description ?? "The token may do whatever you may do.");

  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!create.isPending}
      size="lg"
      title={created ? "Copy your new token" : "Create an API token"}
      description={created ? undefined : "For scripts and CI. A token acts as you, within what its role allows, wherever your grants reach."}
      footer={
        created ? (
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <ModalFormFooter formId={FORM_ID} submitLabel="Create token" saving={create.isPending} onCancel={onClose} />
        )
      }
    >
      {created ? (
        <TokenCreated created={created} />
      ) : (
        <form id={FORM_ID} onSubmit={submit} className="space-y-4">
          <FormError message={create.error ? errorMessage(create.error) : null} />
          <TextField label="Name" data-autofocus required mono spellCheck={false} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} placeholder="ci-deploy" hint="What uses the token, so you know which to revoke." />
          <SelectField label="Expires after" options={TOKEN_LIFETIMES} value={lifetime} onChange={(e) => setLifetime(e.target.value as TokenLifetimeChoice)} hint="A token that never expires works until you revoke it." />
          <SelectField label="Permissions" options={roleOptions} value={roleId} onChange={(e) => setRoleId(e.target.value)} hint={roleHint} disabled={roles.isPending} />
        </form>
      )}
    </Modal>
  );
}
