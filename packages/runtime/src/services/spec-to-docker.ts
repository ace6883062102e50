/**
 * The form's service spec as Docker's ServiceSpec JSON. Every field the form models is written,
 * even when empty, so that merging onto a current spec (merge-spec.ts) clears what the form cleared.
 */
import type Docker from "dockerode";
import type { ServiceSpec } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import { nanosFromDuration } from "./durations.ts";
import { dockerHealthCheck, dockerLogDriver, dockerPlacement, dockerResources, dockerRestartPolicy, dockerUpdatePolicy } from "./policies-to-docker.ts";

/** Secrets and configs are named in the form but referenced by ID in Docker: name → ID. */
export interface SwarmObjectIds {
  secrets: ReadonlyMap<string, string>;
  configs: ReadonlyMap<string, string>;
}

// What `docker service create --secret` gives a file: owned by root, readable by all.
const FILE_OWNER = { UID: "0", GID: "0", Mode: 0o444 };

export function toDockerSpec(spec: ServiceSpec, ids: SwarmObjectIds): Docker.ServiceSpec {
  return {
    Name: spec.name,
    Labels: spec.labels,
    TaskTemplate: {
      ContainerSpec: {
        Image: spec.image,
        Command: nonEmpty(spec.command),
        Args: nonEmpty(spec.args),
        Env: spec.env,
        Mounts: spec.mounts.map(dockerMount),
        StopGracePeriod: spec.stopGracePeriod === undefined ? undefined : nanosFromDuration(spec.stopGracePeriod),
        HealthCheck: dockerHealthCheck(spec.healthCheck),
        Secrets: spec.secrets.map((s) => ({ SecretID: idOf(ids.secrets, "secret", s.name), SecretName: s.name, File: { Name: s.target, ...FILE_OWNER } })),
        Configs: spec.configs.map((c) => ({ ConfigID: idOf(ids.configs, "config", c.name), ConfigName: c.name, File: { Name: c.target, ...FILE_OWNER } })),
      },
      Resources: dockerResources(spec.resources),
      RestartPolicy: dockerRestartPolicy(spec.restartPolicy),
      Placement: dockerPlacement(spec.placement),
      Networks: spec.networks.map((network) => ({ Target: network })),
      LogDriver: dockerLogDriver(spec.logDriver),
    },
    Mode: spec.mode.type === "global" ? { Global: {} } : { Replicated: { Replicas: spec.mode.replicas } },
    UpdateConfig: dockerUpdatePolicy(spec.updateConfig),
    RollbackConfig: dockerUpdatePolicy(spec.rollbackConfig),
    EndpointSpec: {
      Ports: spec.ports.map((p) => ({ TargetPort: p.target, PublishedPort: p.published, Protocol: p.protocol, PublishMode: p.mode })),
    },
  };
}

// An empty command or args means "the image's own", which Docker reads from an absent field.
function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

function dockerMount(mount: ServiceSpec["mounts"][number]): Docker.MountSettings {
  return { Type: mount.type, Source: mount.source, Target: mount.target, ReadOnly: mount.readOnly };
}

function idOf(ids: ReadonlyMap<string, string>, kind: string, name: string): string {
  const id = ids.get(name);
  if (id === undefined) throw new RuntimeError("BAD_REQUEST", `No ${kind} named "${name}" in this swarm`);
  return id;
}
