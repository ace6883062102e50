"use client";
/** The service's tasks: the current ones, and on request the finished ones Docker keeps as history. */
import type { TaskSummary } from "@wheelhouse/protocol";
import { DataTable, EmptyState } from "@wheelhouse/ui";
import { ListTree } from "lucide-react";
import { useState } from "react";
import { taskColumns } from "./task-columns";
import { isCurrent } from "./task-states";

interface TaskTableProps {
  serviceName: string;
  tasks: readonly TaskSummary[] | undefined;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
}

export function TaskTable({ serviceName, tasks, loading, error, onRetry }: TaskTableProps) {
  const [withHistory, setWithHistory] = useState(false);
  const finished = (tasks ?? []).filter((t) => !isCurrent(t)).length;
  const rows = tasks && (withHistory ? tasks : tasks.filter(isCurrent));
  return (
    <DataTable
      label="Tasks"
      noun="task"
      columns={taskColumns(serviceName)}
      rows={rows}
      getRowId={(t) => t.id}
      loading={loading}
      error={error}
      onRetry={onRetry}
      filterText={(t) => `${t.nodeHostname ?? ""} ${t.state} ${t.message} ${t.error ?? ""} ${t.slot ?? ""}`}
      filterPlaceholder="Filter by node, state or message"
      maxHeight="32rem"
      toolbar={
        <label className="flex items-center gap-2 text-sm text-fg-muted">
          <input type="checkbox" className="size-4 accent-accent-600" checked={withHistory} onChange={(e) => setWithHistory(e.target.checked)} />
          Show finished tasks ({finished})
        </label>
      }
      empty={
        <EmptyState
          icon={<ListTree />}
          title={withHistory ? "No tasks" : "No current tasks"}
          description={withHistory ? "The swarm has not created any task for this service yet." : "Scaled to 0, or every task has finished. Tick “Show finished tasks” to see the history."}
        />
      }
    />
  );
}
