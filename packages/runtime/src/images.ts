/** Images: list, inspect and removal, mapped into the protocol's shapes. */
import type Docker from "dockerode";
import type { AgentCommandOutput, ImageDetails, ImageSummary } from "@wheelhouse/protocol";
import { listOf, millisFromIso } from "./shape.ts";

export async function listImages(docker: Docker): Promise<ImageSummary[]> {
  // /images/json reports Containers as -1 unless the engine was asked to compute disk usage,
  // so the count comes from the container list instead.
  const [images, containers] = await Promise.all([docker.listImages(), docker.listContainers({ all: true })]);
  const users = new Map<string, number>();
  for (const c of containers) users.set(c.ImageID, (users.get(c.ImageID) ?? 0) + 1);
  return images.map((image) => {
    const tags = tagsOf(image.RepoTags);
    return {
      id: image.Id,
      tags,
      createdAt: image.Created * 1000,
      sizeBytes: image.Size,
      containers: users.get(image.Id) ?? 0,
      dangling: tags.length === 0,
    };
  });
}

export async function inspectImage(docker: Docker, id: string): Promise<ImageDetails> {
  const image = await docker.getImage(id).inspect();
  const config = image.Config;
  return {
    id: image.Id,
    tags: tagsOf(image.RepoTags),
    digests: image.RepoDigests ?? [],
    createdAt: millisFromIso(image.Created),
    sizeBytes: image.Size,
    architecture: image.Architecture,
    os: image.Os,
    author: image.Author ?? "",
    command: listOf(config.Cmd),
    entrypoint: listOf(config.Entrypoint),
    env: config.Env ?? [],
    workingDir: config.WorkingDir ?? "",
    user: config.User ?? "",
    exposedPorts: Object.keys(config.ExposedPorts ?? {}),
    labels: config.Labels ?? {},
    layers: image.RootFS.Layers?.length ?? 0,
  };
}

export async function removeImage(docker: Docker, id: string, force: boolean): Promise<AgentCommandOutput<"image.remove">> {
  const removed = (await docker.getImage(id).remove({ force })) as Array<{ Untagged?: string; Deleted?: string }>;
  return {
    deleted: removed.flatMap((r) => (r.Deleted ? [r.Deleted] : [])),
    untagged: removed.flatMap((r) => (r.Untagged ? [r.Untagged] : [])),
  };
}

// An untagged image shows as no tags on new engines and as "<none>:<none>" on older ones.
function tagsOf(repoTags: string[] | null | undefined): string[] {
  return (repoTags ?? []).filter((tag) => tag !== "<none>:<none>");
}
