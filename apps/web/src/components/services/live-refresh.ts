/**
 * How services and tasks stay current. Service changes arrive as engine events, but a task
 * changing state raises none, so while something is moving (a rolling update or rollback, or running
 * tasks short of or above the desired count) they are polled every 2 s; when all is settled they are
 * read again only when the window regains focus, so an idle page costs the manager nothing.
 */
import type { ServiceSummary } from "@wheelhouse/protocol";

const MOVING_POLL_MS = 2000;

const MOVING_UPDATES = new Set(["updating", "rollback_started"]);

export function isMoving(service: ServiceSummary): boolean {
  if (service.updateStatus && MOVING_UPDATES.has(service.updateStatus.state)) return true;
  return service.replicas.desired !== null && service.replicas.running !== service.replicas.desired;
}

/** Query options for a service list or a service: poll while moving, else refetch on focus. */
export function liveRefresh<T>(moving: (data: T) => boolean) {
  return {
    refetchInterval: (query: { state: { data: T | undefined } }) => (query.state.data !== undefined && moving(query.state.data) ? MOVING_POLL_MS : false),
    refetchOnWindowFocus: "always" as const,
  };
}
