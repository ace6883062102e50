"use client";
/** Resource sets: which clusters, nodes and labelled objects each grant reaches. */
import { useQuery } from "@tanstack/react-query";
import { Button, DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { Boxes, Plus } from "lucide-react";
import { useState } from "react";
import { ResourceSetActions } from "@/components/resource-sets/resource-set-actions";
import { resourceSetColumns } from "@/components/resource-sets/resource-set-columns";
import { ResourceSetFormModal } from "@/components/resource-sets/resource-set-form-modal";
import { useAccess } from "@/hooks/use-access";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

export default function ResourceSetsPage() {
  const trpc = useTRPC();
  const { isAdmin } = useAccess();
  const sets = useQuery(trpc.resourceSets.list.queryOptions());
  const [creating, setCreating] = useState(false);
  const createButton = isAdmin && (
    <Button variant="primary" icon={<Plus />} onClick={() => setCreating(true)}>
      Create resource set
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Resource sets"
        description="What a grant reaches: some clusters, the nodes carrying some labels, or the services, stacks and containers labelled, say, team=payments."
        breadcrumb={[{ label: "Administration" }, { label: "Resource sets" }]}
        actions={createButton}
      />
      <DataTable
        label="Resource sets"
        noun="resource set"
        columns={resourceSetColumns}
        rows={sets.data}
        getRowId={(s) => s.id}
        loading={sets.isPending}
        error={sets.error ? errorMessage(sets.error) : null}
        onRetry={() => void sets.refetch()}
        filterText={(s) => `${s.name} ${s.description} ${s.scopeText}`}
        filterPlaceholder="Filter by name or scope"
        defaultSort={{ key: "name", direction: "asc" }}
        rowActions={isAdmin ? (s) => <ResourceSetActions set={s} /> : undefined}
        empty={
          <EmptyState
            icon={<Boxes />}
            title="No resource sets"
            description="Create one to say what a grant reaches, e.g. everything labelled team=payments in the production swarm."
            action={createButton || undefined}
          />
        }
      />
      {creating && <ResourceSetFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
