/**
 * How far a rolling update (or rollback) has got, as far as the data tells. Docker reports the
 * update's state and message but no per-task count, and a task does not say which spec version it
 * runs. So a task counts as replaced when it is meant to run, is running, and was created after the
 * update began; tasks still running another image than the service's are counted apart.
 */

// Swarmkit creates the tasks of new slots (a scale-up within the same change) in the same pass that
// starts the update, a few milliseconds before it records StartedAt; they run the new spec too.
const SAME_PASS_MS = 1000;
import type { ServiceDetails, TaskSummary } from "@wheelhouse/protocol";

const IN_FLIGHT = new Set(["updating", "paused", "rollback_started", "rollback_paused"]);

export interface UpdateProgress {
  state: string;
  message: string;
  startedAt: number | null;
  rollback: boolean;
  paused: boolean;
  replaced: number;
  total: number;
  /** Running tasks whose image is not the service's current one. */
  onOtherImage: number;
}

export function updateProgress(service: ServiceDetails, tasks: readonly TaskSummary[]): UpdateProgress | null {
  const status = service.updateStatus;
  if (!status || !IN_FLIGHT.has(status.state)) return null;
  const meant = tasks.filter((t) => t.desiredState === "running");
  const since = status.startedAt;
  return {
    state: status.state,
    message: status.message,
    startedAt: since,
    rollback: status.state.startsWith("rollback"),
    paused: status.state.endsWith("paused"),
    replaced: since === null ? 0 : meant.filter((t) => t.state === "running" && t.createdAt >= since - SAME_PASS_MS).length,
    total: service.replicas.desired ?? meant.length,
    onOtherImage: tasks.filter((t) => t.state === "running" && t.image !== service.image).length,
  };
}
