/** A Docker service (listed with its task counts) as the protocol's ServiceSummary. */
import type Docker from "dockerode";
import type { ServiceSummary } from "@wheelhouse/protocol";
import { millisFromIso } from "../shape.ts";
import { withoutDigest } from "./image-name.ts";

const STACK_LABEL = "com.docker.stack.namespace";

export function toServiceSummary(service: Docker.Service): ServiceSummary {
  const spec = service.Spec ?? {};
  const labels = spec.Labels ?? {};
  const task: Docker.ContainerTaskSpec = spec.TaskTemplate ?? {};
  const update = service.UpdateStatus;
  return {
    id: service.ID,
    name: spec.Name ?? "",
    image: withoutDigest(task.ContainerSpec?.Image),
    mode: modeOf(spec.Mode),
    replicas: {
      desired: service.ServiceStatus?.DesiredTasks ?? spec.Mode?.Replicated?.Replicas ?? null,
      running: service.ServiceStatus?.RunningTasks ?? 0,
    },
    // The endpoint's ports include those Docker picked; a spec not yet applied has only its own.
    ports: (service.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? []).map((p) => ({
      target: p.TargetPort ?? 0,
      published: p.PublishedPort || undefined,
      protocol: p.Protocol ?? "tcp",
      mode: p.PublishMode ?? "ingress",
    })),
    createdAt: millisFromIso(service.CreatedAt),
    updatedAt: millisFromIso(service.UpdatedAt),
    updateStatus: update?.State
      ? { state: update.State, message: update.Message ?? "", startedAt: millisOrNull(update.StartedAt), completedAt: millisOrNull(update.CompletedAt) }
      : null,
    labels,
    stack: labels[STACK_LABEL] ?? null,
  };
}

function modeOf(mode: Docker.ServiceMode | undefined): ServiceSummary["mode"] {
  if (mode?.Global) return "global";
  if (mode?.ReplicatedJob) return "replicated-job";
  if (mode?.GlobalJob) return "global-job";
  return "replicated";
}

function millisOrNull(iso: string | undefined): number | null {
  return iso ? millisFromIso(iso) : null;
}
