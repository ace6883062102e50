/** Volumes: list, inspect (with the containers using each) and removal, mapped into the protocol's shapes. */
import type Docker from "dockerode";
import type { VolumeDetails, VolumeSummary } from "@wheelhouse/protocol";
import { containerName, millisFromIso } from "./shape.ts";

// The Engine API sends CreatedAt; @types/dockerode leaves it out.
type EngineVolume = Docker.VolumeInspectInfo & { CreatedAt?: string };

export async function listVolumes(docker: Docker): Promise<VolumeSummary[]> {
  const { Volumes } = await docker.listVolumes();
  return (Volumes ?? []).map(toSummary);
}

export async function inspectVolume(docker: Docker, name: string): Promise<VolumeDetails> {
  const [volume, users] = await Promise.all([
    docker.getVolume(name).inspect() as Promise<EngineVolume>,
    docker.listContainers({ all: true, filters: { volume: [name] } }),
  ]);
  return {
    ...toSummary(volume),
    options: volume.Options ?? {},
    usedBy: users.map((c) => ({ id: c.Id, name: containerName(c.Names[0]) })),
  };
}

export async function removeVolume(docker: Docker, name: string, force: boolean): Promise<Record<string, never>> {
  await docker.getVolume(name).remove({ force });
  return {};
}

function toSummary(volume: EngineVolume): VolumeSummary {
  return {
    name: volume.Name,
    driver: volume.Driver,
    mountpoint: volume.Mountpoint,
    scope: volume.Scope,
    createdAt: volume.CreatedAt ? millisFromIso(volume.CreatedAt) : null,
    labels: volume.Labels ?? {},
  };
}
