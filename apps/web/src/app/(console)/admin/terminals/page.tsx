"use client";
/** Terminal sessions on every connected node, for administrators: who has a shell where, and ending one. */
import { useQuery } from "@tanstack/react-query";
import { DataTable, EmptyState, PageHeader } from "@wheelhouse/ui";
import { SquareTerminal, TriangleAlert } from "lucide-react";
import { terminalSessionColumns } from "@/components/terminals/terminal-session-columns";
import { TerminateSessionButton } from "@/components/terminals/terminate-session-button";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

// Sessions start and end in the agents, which announce neither; a short refresh keeps the list honest.
const REFRESH_MS = 5_000;

export default function TerminalsPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.terminals.list.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
  const unanswered = list.data?.unanswered ?? [];
  return (
    <>
      <PageHeader
        title="Terminals"
        description="Every terminal session open in a container on a connected node. A session belongs to the user who opened it; nobody else can attach to it, but you can end it."
      />
      {unanswered.length > 0 && (
        <div role="status" className="mb-4 flex items-start gap-2 rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>
            Not listed: {unanswered.map((node) => `${node.nodeName} (${node.message})`).join("; ")}.
          </span>
        </div>
      )}
      <DataTable
        label="Terminal sessions"
        noun="session"
        columns={terminalSessionColumns}
        rows={list.data?.sessions}
        getRowId={(s) => `${s.nodeId}:${s.id}`}
        loading={list.isPending}
        error={list.error ? errorMessage(list.error) : null}
        onRetry={() => void list.refetch()}
        filterText={(s) => `${s.ownerName ?? ""} ${s.containerName ?? s.containerId} ${s.nodeName} ${s.command.join(" ")}`}
        filterPlaceholder="Filter by user, container, node or command"
        defaultSort={{ key: "since", direction: "desc" }}
        rowActions={(s) => <TerminateSessionButton session={s} />}
        empty={<EmptyState icon={<SquareTerminal />} title="No terminals open" description="Sessions appear here while someone has a terminal open in a container, and for a short grace period after they leave it." />}
      />
    </>
  );
}
