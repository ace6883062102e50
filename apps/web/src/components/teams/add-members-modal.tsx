"use client";
/** Adding users to a team, picked from everyone not in it yet. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Modal, pluralize, useToast } from "@wheelhouse/ui";
import { useState } from "react";
import { FormError } from "@/components/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { TeamRow } from "./team-rows";
import { UserPicker } from "./user-picker";

export function AddMembersModal({ team, memberIds, onClose }: { team: TeamRow; memberIds: ReadonlySet<string>; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const add = useMutation(
    trpc.teams.addMembers.mutationOptions({
      onSuccess: () => {
        toast.success(`Added ${pluralize(picked.size, "member")} to ${team.name}`);
        void queryClient.invalidateQueries(trpc.teams.pathFilter());
        void queryClient.invalidateQueries(trpc.users.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      onClose={onClose}
      dismissible={!add.isPending}
      title={`Add members to ${team.name}`}
      description="They gain whatever the team's grants give, from their next request on."
      footer={
        <>
          <Button onClick={onClose} disabled={add.isPending}>
            Cancel
          </Button>
          <Button variant="primary" disabled={picked.size === 0} loading={add.isPending} onClick={() => add.mutate({ id: team.id, userIds: [...picked] })}>
            {picked.size > 1 ? `Add ${picked.size} members` : "Add member"}
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <FormError message={add.error ? errorMessage(add.error) : null} />
        <UserPicker excluded={memberIds} picked={picked} onChange={setPicked} />
      </div>
    </Modal>
  );
}
