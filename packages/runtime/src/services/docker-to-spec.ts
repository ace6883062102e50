/** Docker's ServiceSpec JSON read back as the form's service spec. */
import type Docker from "dockerode";
import type { ServiceMode, ServiceSpecForm } from "@wheelhouse/protocol";
import { durationFromNanos } from "./durations.ts";
import { formHealthCheck, formLogDriver, formPlacement, formResources, formRestartPolicy, formUpdatePolicy, oneOf } from "./policies-from-docker.ts";

type ContainerSpec = NonNullable<Docker.ContainerTaskSpec["ContainerSpec"]>;
type FileReference = ServiceSpecForm["secrets"][number];

/**
 * `networkNames` maps network IDs to names: Docker stores the IDs of the networks a spec named.
 * Null for a swarm job, which the form does not model.
 */
export function fromDockerSpec(spec: Docker.ServiceSpec, networkNames: ReadonlyMap<string, string>): ServiceSpecForm | null {
  const mode = formMode(spec.Mode);
  if (!mode) return null;
  const task: Docker.ContainerTaskSpec = spec.TaskTemplate ?? {};
  const container: ContainerSpec = task.ContainerSpec ?? {};
  return {
    name: spec.Name ?? "",
    image: container.Image ?? "",
    command: container.Command ?? [],
    args: container.Args ?? [],
    env: container.Env ?? [],
    labels: spec.Labels ?? {},
    mode,
    ports: (spec.EndpointSpec?.Ports ?? []).map((p) => ({
      target: p.TargetPort ?? 0,
      published: p.PublishedPort || undefined,
      protocol: oneOf(["tcp", "udp", "sctp"] as const, p.Protocol, "tcp"),
      mode: oneOf(["ingress", "host"] as const, p.PublishMode, "ingress"),
    })),
    mounts: formMounts(container.Mounts),
    // Specs written before API 1.25 name their networks at the top level.
    networks: (task.Networks ?? spec.Networks ?? []).map((n) => networkNames.get(n.Target ?? "") ?? n.Target ?? ""),
    resources: formResources(task.Resources),
    restartPolicy: formRestartPolicy(task.RestartPolicy),
    healthCheck: formHealthCheck(container.HealthCheck),
    stopGracePeriod: container.StopGracePeriod === undefined ? undefined : durationFromNanos(container.StopGracePeriod),
    updateConfig: formUpdatePolicy(spec.UpdateConfig),
    rollbackConfig: formUpdatePolicy(spec.RollbackConfig),
    placement: formPlacement(task.Placement),
    secrets: fileReferences((container.Secrets ?? []).map((s) => [s.SecretName, s.File?.Name])),
    configs: fileReferences((container.Configs ?? []).map((c) => [c.ConfigName, c.File?.Name])),
    logDriver: formLogDriver(task.LogDriver),
  };
}

function formMode(mode: Docker.ServiceMode | undefined): ServiceMode | undefined {
  if (mode?.Global) return { type: "global" };
  if (mode?.ReplicatedJob || mode?.GlobalJob) return undefined;
  return { type: "replicated", replicas: mode?.Replicated?.Replicas ?? 1 };
}

// The form knows volume, bind and tmpfs mounts; Docker's rarer kinds (npipe, cluster, image) are not shown.
function formMounts(mounts: Docker.MountSettings[] | undefined): ServiceSpecForm["mounts"] {
  return (mounts ?? []).flatMap((m) =>
    m.Type === "volume" || m.Type === "bind" || m.Type === "tmpfs" ? [{ type: m.Type, source: m.Source ?? "", target: m.Target, readOnly: m.ReadOnly ?? false }] : [],
  );
}

// A config may be a credential spec (no file): the form has no place for it.
function fileReferences(refs: Array<[string | undefined, string | undefined]>): FileReference[] {
  return refs.flatMap(([name, target]) => (name && target ? [{ name, target }] : []));
}
