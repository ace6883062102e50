"use client";
/**
 * A service and its tasks, polled while either is moving (see live-refresh.ts). Tasks are watched on
 * their own too, so the last steps of a convergence (an old task finishing its stop) still show.
 */
import { useQuery } from "@tanstack/react-query";
import type { ServiceDetails, TaskSummary } from "@wheelhouse/protocol";
import { useTRPC } from "@/lib/trpc";
import { isMoving, liveRefresh } from "../live-refresh";
import { isCurrent } from "./task-states";

export function useLiveService(swarmId: string, serviceId: string) {
  const trpc = useTRPC();
  const service = useQuery(trpc.services.inspect.queryOptions({ swarmId, id: serviceId }, liveRefresh<ServiceDetails>(isMoving)));
  const serviceMoving = service.data !== undefined && isMoving(service.data);
  const tasks = useQuery(
    trpc.services.tasks.queryOptions(
      { swarmId, serviceId },
      liveRefresh<TaskSummary[]>((list) => serviceMoving || list.some((t) => isCurrent(t) && t.state !== t.desiredState)),
    ),
  );
  return { service, tasks };
}
