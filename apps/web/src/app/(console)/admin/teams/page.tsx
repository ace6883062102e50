"use client";
/** Teams: groups of users that grants can name, with their members. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { UsersRound } from "lucide-react";
import { useState } from "react";
import { CreateTeamButton } from "@/components/teams/create-team-button";
import { TeamActions } from "@/components/teams/team-actions";
import { teamColumns } from "@/components/teams/team-columns";
import { TeamMembers } from "@/components/teams/team-members";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function TeamsPage() {
  const trpc = useTRPC();
  const teams = useQuery(trpc.teams.list.queryOptions());
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Teams"
        description="Groups of users. Grant a role to a team and every member has it; a user may belong to several teams."
        actions={<CreateTeamButton />}
      />
      <DataTable
        label="Teams"
        noun="team"
        columns={teamColumns((t) => setOpenId(t.id))}
        rows={teams.data}
        getRowId={(t) => t.id}
        loading={teams.isPending}
        error={teams.error ? errorMessage(teams.error) : null}
        onRetry={() => void teams.refetch()}
        filterText={(t) => `${t.name} ${t.description} ${t.ldapGroupDn ?? ""}`}
        filterPlaceholder="Filter by name or group"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={(t) => <TeamActions team={t} />}
        empty={<EmptyState icon={<UsersRound />} title="No teams yet" description="Create a team, add users to it, then grant it a role on a set of resources." />}
      />
      <TeamMembers team={teams.data?.find((t) => t.id === openId) ?? null} onClose={() => setOpenId(null)} />
    </>
  );
}
