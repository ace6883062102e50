"use client";
/** Users: local accounts and directory accounts, what they are, and administering each. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { Users } from "lucide-react";
import { useState } from "react";
import { CreateUserButton } from "@/components/users/create-user-button";
import { UserActions } from "@/components/users/user-actions";
import { userColumns } from "@/components/users/user-columns";
import { UserDetails } from "@/components/users/user-details";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function UsersPage() {
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  // By id, so the open panel follows the list as it refreshes.
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in to Wheelhouse. What each user may do comes from their grants, their own and their teams'; administrators may do everything."
        actions={<CreateUserButton />}
      />
      <DataTable
        label="Users"
        noun="user"
        columns={userColumns((u) => setOpenId(u.id))}
        rows={users.data}
        getRowId={(u) => u.id}
        loading={users.isPending}
        error={users.error ? errorMessage(users.error) : null}
        onRetry={() => void users.refetch()}
        filterText={(u) => `${u.username} ${u.displayName ?? ""} ${u.email ?? ""} ${u.teams.map((t) => t.name).join(" ")}`}
        filterPlaceholder="Filter by name, email or team"
        defaultSort={{ key: "username", direction: "asc" }}
        rowActions={(u) => <UserActions user={u} />}
        empty={<EmptyState icon={<Users />} title="No users" description="Create a local user, or connect a directory so its users can sign in." />}
      />
      <UserDetails user={users.data?.find((u) => u.id === openId) ?? null} onClose={() => setOpenId(null)} />
    </>
  );
}
