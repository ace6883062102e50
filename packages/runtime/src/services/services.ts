/** Swarm services on a manager: list, inspect, create, update, scale, roll back and remove. */
import type Docker from "dockerode";
import type { ServiceDetails, ServiceSpec, ServiceSummary } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import { fromDockerSpec } from "./docker-to-spec.ts";
import { mergeOntoCurrent } from "./merge-spec.ts";
import { assertSomeNodeHasLabels } from "./placement-labels.ts";
import { withServiceErrors } from "./service-errors.ts";
import { postServiceCreate, postServiceUpdate } from "./service-writes.ts";
import { toDockerSpec } from "./spec-to-docker.ts";
import { toServiceSummary } from "./summary.ts";
import { networkNames, swarmObjectIds } from "./swarm-objects.ts";

type Warnings = { warnings: string[] };

export function listServices(docker: Docker): Promise<ServiceSummary[]> {
  return withServiceErrors(async () => {
    const services = await docker.listServices({ status: true });
    return services.map(toServiceSummary).sort((a, b) => a.name.localeCompare(b.name));
  });
}

export function inspectService(docker: Docker, id: string): Promise<ServiceDetails> {
  return withServiceErrors(async () => {
    const service = await current(docker, id);
    // Only a listing counts running and desired tasks.
    const [listed, names] = await Promise.all([docker.listServices({ filters: { id: [service.ID] }, status: true }), networkNames(docker)]);
    return {
      ...toServiceSummary(listed.find((s) => s.ID === service.ID) ?? service),
      spec: fromDockerSpec(service.Spec ?? {}, names),
      version: service.Version?.Index ?? 0,
      hasPreviousSpec: service.PreviousSpec !== undefined,
      previousSpec: service.PreviousSpec ? fromDockerSpec(service.PreviousSpec, names) : null,
    };
  });
}

export function createService(docker: Docker, spec: ServiceSpec): Promise<Warnings & { id: string }> {
  return withServiceErrors(async () => {
    await assertSomeNodeHasLabels(docker, spec.placement.constraints);
    return postServiceCreate(docker, toDockerSpec(spec, await swarmObjectIds(docker, spec)));
  });
}

/** `version` is the Version.Index the form was read at: a service changed since is refused, not overwritten. */
export function updateService(docker: Docker, { id, version, spec }: { id: string; version: number; spec: ServiceSpec }): Promise<Warnings> {
  return withServiceErrors(async () => {
    await assertSomeNodeHasLabels(docker, spec.placement.constraints);
    const [service, ids] = await Promise.all([current(docker, id), swarmObjectIds(docker, spec)]);
    return postServiceUpdate(docker, service.ID, version, mergeOntoCurrent(service.Spec ?? {}, toDockerSpec(spec, ids)));
  });
}

export function scaleService(docker: Docker, id: string, replicas: number): Promise<Warnings> {
  return withServiceErrors(async () => {
    const service = await current(docker, id);
    const spec = service.Spec ?? {};
    if (spec.Mode?.Global) throw new RuntimeError("BAD_REQUEST", "A global service runs one task per node; it cannot be scaled");
    if (!spec.Mode?.Replicated) throw new RuntimeError("BAD_REQUEST", "Only a replicated service can be scaled");
    return postServiceUpdate(docker, service.ID, service.Version?.Index ?? 0, { ...spec, Mode: { Replicated: { Replicas: replicas } } });
  });
}

export function rollbackService(docker: Docker, id: string): Promise<Warnings> {
  return withServiceErrors(async () => {
    const service = await current(docker, id);
    if (!service.PreviousSpec) throw new RuntimeError("BAD_REQUEST", "This service has not been updated yet, so there is no previous version to roll back to");
    // Docker wants the current spec alongside rollback=previous, as the CLI sends it.
    return postServiceUpdate(docker, service.ID, service.Version?.Index ?? 0, service.Spec ?? {}, "previous");
  });
}

export function removeService(docker: Docker, id: string): Promise<Record<string, never>> {
  return withServiceErrors(async () => {
    await docker.getService(id).remove();
    return {};
  });
}

async function current(docker: Docker, id: string): Promise<Docker.Service> {
  return (await docker.getService(id).inspect()) as Docker.Service;
}
