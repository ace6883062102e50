"use client";
/** Roles: the built-in ones and custom ones, as a list and as a matrix of what each holds. */
import { useQuery } from "@tanstack/react-query";
import { Button, DataTable, EmptyState, PageHeader, Tabs } from "@wheelhouse/ui";
import { Plus, ShieldCheck } from "lucide-react";
import { useState } from "react";
import { QueryStates } from "@/components/query-states";
import { PermissionMatrix } from "@/components/roles/permission-matrix";
import { RoleActions } from "@/components/roles/role-actions";
import { roleColumns } from "@/components/roles/role-columns";
import { RoleFormModal } from "@/components/roles/role-form-modal";
import { useAccess } from "@/hooks/use-access";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function RolesPage() {
  const trpc = useTRPC();
  const { isAdmin } = useAccess();
  const roles = useQuery(trpc.roles.list.queryOptions());
  const catalogue = useQuery(trpc.roles.permissions.queryOptions());
  const [creating, setCreating] = useState(false);
  const matrix = { ...catalogue, data: roles.data && catalogue.data ? { roles: roles.data, catalogue: catalogue.data } : undefined, isPending: roles.isPending || catalogue.isPending, error: roles.error ?? catalogue.error };

  return (
    <>
      <PageHeader
        title="Roles"
        description="A role is a set of permissions; a grant gives it to a user or team on a resource set. Built-in roles go from View Only to Full Control and cannot be changed."
        breadcrumb={[{ label: "Administration" }, { label: "Roles" }]}
        actions={
          isAdmin && (
            <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
              Create role
            </Button>
          )
        }
      />
      <Tabs
        label="Roles views"
        items={[
          {
            id: "list",
            label: "Roles",
            content: (
              <DataTable
                label="Roles"
                noun="role"
                columns={roleColumns}
                rows={roles.data}
                getRowId={(r) => r.id}
                loading={roles.isPending}
                error={roles.error ? errorMessage(roles.error) : null}
                onRetry={() => void roles.refetch()}
                filterText={(r) => `${r.name} ${r.description} ${r.permissions.join(" ")}`}
                filterPlaceholder="Filter by name or permission"
                rowActions={isAdmin ? (r) => <RoleActions role={r} /> : undefined}
                empty={<EmptyState icon={<ShieldCheck />} title="No roles" description="The built-in roles appear once the server has started." />}
              />
            ),
          },
          {
            id: "matrix",
            label: "Permission matrix",
            content: <QueryStates query={matrix}>{(data) => <PermissionMatrix roles={data.roles} catalogue={data.catalogue} />}</QueryStates>,
          },
        ]}
      />
      {creating && <RoleFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
