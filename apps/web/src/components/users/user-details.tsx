"use client";
/** One user in a side panel: their account, their teams, and their live sessions, each of which can be ended. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Drawer, formatDateTime, formatRelativeTime, KeyValueList } from "@wheelhouse/ui";
import { useActionToasts } from "@/hooks/use-action-toasts";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { SessionsTable } from "./sessions-table";
import { userStatus } from "./user-columns";
import type { UserRow } from "./user-rows";

const when = (date: Date | null) => (date ? `${formatRelativeTime(date.getTime())} (${formatDateTime(date.getTime())})` : "Never");

export function UserDetails({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  return (
    <Drawer
      open={user !== null}
      onClose={onClose}
      title={user?.username ?? ""}
      description={user && <Badge tone={userStatus(user).tone} dot>{userStatus(user).label}</Badge>}
    >
      {user && <UserDetailsBody user={user} />}
    </Drawer>
  );
}

function UserDetailsBody({ user }: { user: UserRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toasts = useActionToasts();
  const sessions = useQuery(trpc.users.sessions.queryOptions({ id: user.id }));
  const { onSuccess, onError } = toasts("Ended the session", "Could not end the session");
  const end = useMutation(
    trpc.users.revokeSessions.mutationOptions({
      onSuccess: () => {
        onSuccess();
        void queryClient.invalidateQueries(trpc.users.pathFilter());
      },
      onError,
    }),
  );
  return (
    <div className="space-y-8">
      <KeyValueList
        items={[
          { label: "Display name", value: user.displayName },
          { label: "Email", value: user.email },
          { label: "Role", value: user.isAdmin ? "Administrator" : "User: reaches what grants give them" },
          { label: "Source", value: user.source === "ldap" ? "Directory (LDAP)" : "Local account" },
          { label: "Locked", value: user.lockedUntil ? `Until ${formatDateTime(user.lockedUntil.getTime())}, after too many wrong passwords` : "No" },
          { label: "Teams", value: user.teams.length > 0 ? user.teams.map((t) => t.name).join(", ") : "None" },
          { label: "Last sign-in", value: when(user.lastLoginAt) },
          { label: "Created", value: when(user.createdAt) },
        ]}
      />
      <section>
        <h3 className="mb-3 text-sm font-semibold tracking-wide text-fg-subtle uppercase">Browser sessions</h3>
        <SessionsTable
          sessions={sessions.data}
          loading={sessions.isPending}
          error={sessions.error ? errorMessage(sessions.error) : null}
          onRetry={() => void sessions.refetch()}
          endingId={end.isPending ? end.variables.sessionId : null}
          onEnd={(s) => end.mutate({ id: user.id, sessionId: s.id })}
        />
      </section>
    </div>
  );
}
