"use client";
/**
 * What an administrator can do to a user, as icon buttons on the row: edit, set the password,
 * unlock, end sessions, disable or enable, delete. Each one that cuts someone off asks first and
 * says what follows.
 */
import { useMutation } from "@tanstack/react-query";
import { ConfirmDialog, IconButton } from "@wheelhouse/ui";
import { Ban, CircleCheck, KeyRound, LockOpen, LogOut, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { EditUserModal } from "./edit-user-modal";
import { SetPasswordModal } from "./set-password-modal";
import { useUserMutationOptions } from "./use-user-mutation";
import type { UserRow } from "./user-rows";

type Open = "edit" | "password" | "sessions" | "disable" | "delete" | null;

export function UserActions({ user }: { user: UserRow }) {
  const trpc = useTRPC();
  const options = useUserMutationOptions();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const name = user.username;
  const unlock = useMutation(trpc.users.unlock.mutationOptions(options(`Unlocked ${name}`, `Could not unlock ${name}`)));
  const endSessions = useMutation(trpc.users.revokeSessions.mutationOptions({ ...options(`Signed ${name} out everywhere`, `Could not end the sessions of ${name}`), onSettled: close }));
  const setDisabled = useMutation(
    trpc.users.update.mutationOptions({
      ...options(user.disabled ? `Enabled ${name}` : `Disabled ${name}`, user.disabled ? `Could not enable ${name}` : `Could not disable ${name}`),
      onSettled: close,
    }),
  );
  const remove = useMutation(trpc.users.delete.mutationOptions({ ...options(`Deleted ${name}`, `Could not delete ${name}`), onSettled: close }));

  return (
    <div className="flex justify-end gap-1">
      <IconButton aria-label={`Edit ${name}`} icon={<Pencil />} size="sm" onClick={() => setOpen("edit")} />
      {user.source === "local" && <IconButton aria-label={`Set a password for ${name}`} icon={<KeyRound />} size="sm" onClick={() => setOpen("password")} />}
      {user.lockedUntil && <IconButton aria-label={`Unlock ${name}`} icon={<LockOpen />} size="sm" loading={unlock.isPending} onClick={() => unlock.mutate({ id: user.id })} />}
      {user.activeSessions > 0 && !user.isYou && <IconButton aria-label={`Sign ${name} out everywhere`} icon={<LogOut />} size="sm" variant="danger" onClick={() => setOpen("sessions")} />}
      {user.disabled ? (
        <IconButton aria-label={`Enable ${name}`} icon={<CircleCheck />} size="sm" loading={setDisabled.isPending} onClick={() => setDisabled.mutate({ id: user.id, disabled: false })} />
      ) : (
        !user.isYou && <IconButton aria-label={`Disable ${name}`} icon={<Ban />} size="sm" variant="danger" onClick={() => setOpen("disable")} />
      )}
      {!user.isYou && <IconButton aria-label={`Delete ${name}`} icon={<Trash2 />} size="sm" variant="danger" onClick={() => setOpen("delete")} />}

      {open === "edit" && <EditUserModal user={user} onClose={close} />}
      {open === "password" && <SetPasswordModal user={user} onClose={close} />}
      <ConfirmDialog
        open={open === "sessions"}
        title={`Sign ${name} out everywhere?`}
        description={`Ends all ${user.activeSessions} of their browser sessions; they can sign in again at once. Their API tokens keep working: disable the account to stop those too.`}
        confirmLabel="End sessions"
        tone="danger"
        busy={endSessions.isPending}
        onCancel={close}
        onConfirm={() => endSessions.mutate({ id: user.id })}
      />
      <ConfirmDialog
        open={open === "disable"}
        title={`Disable ${name}?`}
        description="They are signed out everywhere at once, cannot sign in, and their API tokens stop working. Their grants, teams and tokens are kept for when you enable the account again."
        confirmLabel="Disable"
        tone="danger"
        busy={setDisabled.isPending}
        onCancel={close}
        onConfirm={() => setDisabled.mutate({ id: user.id, disabled: true })}
      />
      <ConfirmDialog
        open={open === "delete"}
        title={`Delete ${name}?`}
        description={
          <>
            The account goes, with its grants, team memberships, sessions and API tokens. The audit log keeps their name. This cannot be undone
            {user.source === "ldap" ? "; a directory user gets a fresh account at their next sign-in unless the directory refuses them." : "."}
          </>
        }
        confirmLabel="Delete"
        tone="danger"
        busy={remove.isPending}
        onCancel={close}
        onConfirm={() => remove.mutate({ id: user.id })}
      />
    </div>
  );
}
