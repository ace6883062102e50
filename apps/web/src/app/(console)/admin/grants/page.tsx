"use client";
/** Grants: who holds which role on which resource set; and why someone may or may not do something. */
import { useQuery } from "@tanstack/react-query";
import { Button, DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { KeySquare, Plus } from "lucide-react";
import { useState } from "react";
import { ExplainAccessPanel } from "@/components/access/explain-access-panel";
import { CreateGrantModal } from "@/components/grants/create-grant-modal";
import { GrantActions } from "@/components/grants/grant-actions";
import { grantColumns } from "@/components/grants/grant-columns";
import { useAccess } from "@/hooks/use-access";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function GrantsPage() {
  const trpc = useTRPC();
  const { isAdmin, holds } = useAccess();
  const grants = useQuery(trpc.grants.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const grantButton = holds("grant.manage") ? (
    <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
      Grant access
    </Button>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Grants"
        description="A grant gives a user, or every member of a team, a role on a resource set. Access is the sum of one's grants; administrators may do everything."
        breadcrumb={[{ label: "Administration" }, { label: "Grants" }]}
        actions={grantButton}
      />
      <DataTable
        label="Grants"
        noun="grant"
        columns={grantColumns}
        rows={grants.data}
        getRowId={(g) => g.id}
        loading={grants.isPending}
        error={grants.error ? errorMessage(grants.error) : null}
        onRetry={() => void grants.refetch()}
        filterText={(g) => `${g.subject.name} ${g.role.name} ${g.resourceSet.name} ${g.createdBy ?? ""}`}
        filterPlaceholder="Filter by user, team, role or set"
        defaultSort={{ key: "subject", direction: "asc" }}
        rowActions={(g) => <GrantActions grant={g} />}
        empty={<EmptyState icon={<KeySquare />} title="No grants" description="Only administrators can do anything yet. Grant a role on a resource set to let others in." action={grantButton} />}
      />
      {isAdmin && (
        <div className="mt-10">
          <ExplainAccessPanel />
        </div>
      )}
      {creating && <CreateGrantModal onClose={() => setCreating(false)} />}
    </>
  );
}
