"use client";
/** Which teams follow a directory group, and a button to bring every directory user's teams in line now. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Card, EmptyState, useToast } from "@wheelhouse/ui";
import { RefreshCw, Users } from "lucide-react";
import Link from "next/link";
import { QueryStates } from "@/components/query-states";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export function MappedTeams({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const teams = useQuery(trpc.directory.mappedTeams.queryOptions());
  const sync = useMutation(
    trpc.directory.syncTeams.mutationOptions({
      onError: (error) => toast.error("Could not sync teams", { description: errorMessage(error), duration: 0 }),
      onSuccess: ({ users, added, removed }) => {
        toast.success(`Synced ${users} directory user${users === 1 ? "" : "s"}: ${added} added, ${removed} removed.`);
        void queryClient.invalidateQueries({ queryKey: trpc.directory.mappedTeams.queryKey() });
      },
    }),
  );

  return (
    <Card
      title="Teams mapped to groups"
      description="Directory users join and leave these teams at each sign-in. Memberships added by hand are left alone."
      padded={false}
      actions={
        <Button size="sm" icon={<RefreshCw />} loading={sync.isPending} disabled={!enabled} title={enabled ? undefined : "Turn directory sign-in on and save first"} onClick={() => sync.mutate()}>
          Sync now
        </Button>
      }
    >
      <QueryStates query={teams} loadingLabel="Loading teams…" className="py-8">
        {(list) =>
          list.length === 0 ? (
            <EmptyState
              icon={<Users />}
              title="No team follows a group yet"
              description={
                <>
                  Give a team a directory group DN on the{" "}
                  <Link href="/admin/teams" className="font-medium text-accent-700 hover:underline">
                    Teams page
                  </Link>
                  .
                </>
              }
            />
          ) : (
            <ul className="divide-y divide-line">
              {list.map((team) => (
                <li key={team.id} className="flex items-start justify-between gap-3 px-5 py-3">
                  <div className="min-w-0">
                    <Link href="/admin/teams" className="text-sm font-medium text-fg hover:underline">
                      {team.name}
                    </Link>
                    <p className="mt-0.5 font-mono text-xs break-all text-fg-muted">{team.ldapGroupDn}</p>
                  </div>
                  <Badge tone={team.directoryMembers > 0 ? "accent" : "neutral"}>
                    {team.directoryMembers} from directory
                  </Badge>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </Card>
  );
}
