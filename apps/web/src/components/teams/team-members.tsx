"use client";
/** A team's members in a side panel: who is in it, how they came to be, adding more and taking them out. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, DataTable, Drawer, EmptyState, formatDateTime, formatRelativeTime, IconButton, type DataTableColumn } from "@wheelhouse/ui";
import { UserMinus, UserPlus, Users } from "lucide-react";
import { useState } from "react";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { AddMembersModal } from "./add-members-modal";
import type { TeamMemberRow, TeamRow } from "./team-rows";

const columns: DataTableColumn<TeamMemberRow>[] = [
  {
    key: "user",
    header: "User",
    sortValue: (m) => m.username,
    cell: (m) => (
      <>
        <span className="font-medium text-fg">{m.username}</span>
        {m.disabled && <span className="ml-1.5 text-xs text-fg-subtle">(disabled)</span>}
        <span className="block text-xs text-fg-subtle">{m.displayName ?? (m.source === "ldap" ? "Directory user" : "Local user")}</span>
      </>
    ),
  },
  { key: "how", header: "Added by", cell: (m) => (m.fromDirectory ? <Badge tone="info">Directory</Badge> : <span className="text-fg-muted">An administrator</span>) },
  {
    key: "added",
    header: "Since",
    sortValue: (m) => m.addedAt.getTime(),
    cell: (m) => (
      <span className="text-fg-muted" title={formatDateTime(m.addedAt.getTime())}>
        {formatRelativeTime(m.addedAt.getTime())}
      </span>
    ),
  },
];

export function TeamMembers({ team, onClose }: { team: TeamRow | null; onClose: () => void }) {
  return (
    <Drawer open={team !== null} onClose={onClose} title={team?.name ?? ""} description={team?.description || undefined}>
      {team && <TeamMembersBody team={team} />}
    </Drawer>
  );
}

function TeamMembersBody({ team }: { team: TeamRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const [adding, setAdding] = useState(false);
  const members = useQuery(trpc.teams.members.queryOptions({ id: team.id }));
  const { onSuccess, onError } = toasts(`Removed from ${team.name}`, `Could not remove from ${team.name}`);
  const remove = useMutation(
    trpc.teams.removeMember.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.teams.pathFilter());
        void queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError,
    }),
  );
  const memberIds = new Set(members.data?.map((m) => m.id));
  return (
    <div className="space-y-4">
      {team.ldapGroupDn && (
        <p className="rounded-md border border-info-line bg-info-soft px-3 py-2 text-sm text-info-fg">
          Follows the directory group <code className="font-mono break-all">{team.ldapGroupDn}</code>: its members join at sign-in. Members you add here stay until you remove them.
        </p>
      )}
      <div className="flex justify-end">
        <Button icon={<UserPlus />} onClick={() => setAdding(true)} disabled={!members.data}>
          Add members
        </Button>
      </div>
      <DataTable
        label={`Members of ${team.name}`}
        noun="member"
        columns={columns}
        rows={members.data}
        getRowId={(m) => m.id}
        loading={members.isPending}
        error={members.error ? errorMessage(members.error) : null}
        onRetry={() => void members.refetch()}
        defaultSort={{ key: "user", direction: "asc" }}
        rowActions={(m) => (
          <IconButton
            aria-label={`Remove ${m.username} from ${team.name}`}
            icon={<UserMinus />}
            size="sm"
            variant="danger"
            loading={remove.isPending && remove.variables.userId === m.id}
            onClick={() => remove.mutate({ id: team.id, userId: m.id })}
          />
        )}
        empty={<EmptyState icon={<Users />} title="No members yet" description="Add users to give them the access this team's grants give." />}
      />
      {adding && <AddMembersModal team={team} memberIds={memberIds} onClose={() => setAdding(false)} />}
    </div>
  );
}
