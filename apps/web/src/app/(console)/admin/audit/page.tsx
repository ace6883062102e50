"use client";
/** The audit log for administrators: who did what, from where, to what, and whether it went through. */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { AuditEventView } from "@wheelhouse/api";
import { Button, DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { ScrollText, SearchX, ShieldX } from "lucide-react";
import { useMemo, useState } from "react";
import { auditColumns } from "@/components/audit/audit-columns";
import { AuditEventDrawer } from "@/components/audit/audit-event-drawer";
import { AuditFilterBar } from "@/components/audit/audit-filter-bar";
import { isFiltered, NO_FILTER, toApiFilter, type AuditFilterState } from "@/components/audit/audit-filter-state";
import { ExportButtons } from "@/components/audit/export-buttons";
import { useAccess } from "@/hooks/use-access";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

const PAGE_SIZE = 100;

const TITLE = "Audit log";
const DESCRIPTION = "Every change, every refused request and every failed sign-in, with who made it and from which address. Entries cannot be edited or removed.";

export default function AuditPage() {
  const { isAdmin } = useAccess();
  if (!isAdmin) {
    return (
      <>
        <PageHeader title={TITLE} description={DESCRIPTION} />
        <EmptyState icon={<ShieldX />} title="Administrators only" description="Ask an administrator if you need to know who changed what." />
      </>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const trpc = useTRPC();
  const [state, setState] = useState<AuditFilterState>(NO_FILTER);
  const filter = useMemo(() => toApiFilter(state), [state]);
  const facets = useQuery(trpc.audit.facets.queryOptions());
  const events = useInfiniteQuery(trpc.audit.list.infiniteQueryOptions({ filter, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor }));
  const rows = useMemo(() => events.data?.pages.flatMap((page) => page.events), [events.data]);
  const [open, setOpen] = useState<AuditEventView | null>(null);

  return (
    <>
      <PageHeader
        title={TITLE}
        description={DESCRIPTION}
        actions={<ExportButtons filter={filter} />}
      />
      <AuditFilterBar value={state} onChange={setState} actions={facets.data?.actions ?? []} usernames={facets.data?.usernames ?? []} />
      <DataTable
        label="Audit events"
        noun="event"
        columns={auditColumns}
        rows={rows}
        getRowId={(e) => String(e.id)}
        loading={events.isPending}
        error={events.error ? errorMessage(events.error) : null}
        onRetry={() => void events.refetch()}
        toolbar={
          <Button size="sm" variant="ghost" loading={events.isRefetching && !events.isFetchingNextPage} onClick={() => void events.refetch()}>
            Refresh
          </Button>
        }
        rowActions={(e) => (
          <Button size="sm" variant="ghost" onClick={() => setOpen(e)}>
            Details
          </Button>
        )}
        empty={
          isFiltered(state) ? (
            <EmptyState icon={<SearchX />} title="No events match these filters" description="Widen the time range or clear a filter." action={<Button size="sm" onClick={() => setState(NO_FILTER)}>Clear filters</Button>} />
          ) : (
            <EmptyState icon={<ScrollText />} title="Nothing recorded yet" description="Changes, refused requests and sign-ins appear here as they happen." />
          )
        }
      />
      {rows && rows.length > 0 && (
        <div className="mt-4 flex items-center justify-center gap-3 text-sm text-fg-muted">
          {events.hasNextPage ? (
            <Button loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              Load older events
            </Button>
          ) : (
            <span>That is every matching event.</span>
          )}
        </div>
      )}
      <AuditEventDrawer event={open} onClose={() => setOpen(null)} />
    </>
  );
}
