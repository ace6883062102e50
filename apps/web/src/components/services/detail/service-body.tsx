"use client";
/** A service's page below its header: facts, the update under way, where it runs, its tasks and its spec. */
import type { ServiceDetails, TaskSummary } from "@wheelhouse/protocol";
import { ScopeMetrics } from "@/components/metrics/scope-metrics";
import { lacksLimits, NoLimitsNotice } from "../no-limits";
import { PlacementSummary } from "./placement-summary";
import { ServiceConfigTabs } from "./service-config-tabs";
import { ServiceFacts } from "./service-facts";
import { TaskTable } from "./task-table";
import { UpdateProgressPanel } from "./update-progress-panel";

interface ServiceBodyProps {
  swarmId: string;
  service: ServiceDetails;
  tasks: readonly TaskSummary[] | undefined;
  tasksError: string | null;
  onRetryTasks: () => void;
}

export function ServiceBody({ swarmId, service, tasks, tasksError, onRetryTasks }: ServiceBodyProps) {
  return (
    <div className="space-y-6">
      <ServiceFacts service={service} />
      {service.spec && lacksLimits(service.spec) && <NoLimitsNotice />}
      {tasks && <UpdateProgressPanel service={service} tasks={tasks} />}
      {tasks && <PlacementSummary tasks={tasks} />}
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className="mb-3 text-sm font-semibold text-fg">
          Tasks
        </h2>
        <TaskTable serviceName={service.name} tasks={tasks} loading={tasks === undefined && tasksError === null} error={tasksError} onRetry={onRetryTasks} />
      </section>
      <ScopeMetrics target={{ scope: "service", swarmId, serviceId: service.id }} title="Resource use" description="Summed over the service's running tasks, on every node." />
      <ServiceConfigTabs service={service} />
    </div>
  );
}
