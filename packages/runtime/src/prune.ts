/** Pruning: the engine's own prune endpoints for each kind of object chosen, in the order docker system prune uses. */
import type Docker from "dockerode";
import type { PruneRequest, PruneResult } from "@wheelhouse/protocol";

/**
 * The request's labels narrow every prune to objects carrying all of them (Docker's `label` filter).
 * Build cache has no labels; the protocol refuses to prune it by label.
 */
export async function prune(docker: Docker, request: PruneRequest): Promise<PruneResult> {
  const labels = request.labels ?? [];
  const only: Record<string, string[]> = labels.length > 0 ? { label: labels } : {};
  const result: PruneResult = {
    containersDeleted: [],
    imagesDeleted: [],
    volumesDeleted: [],
    networksDeleted: [],
    buildCacheDeleted: 0,
    reclaimedBytes: 0,
  };
  // Containers go first so that the images, volumes and networks they held can go too.
  if (request.containers) {
    const pruned = await docker.pruneContainers({ filters: only });
    result.containersDeleted = pruned.ContainersDeleted ?? [];
    result.reclaimedBytes += pruned.SpaceReclaimed ?? 0;
  }
  if (request.networks) {
    const pruned = await docker.pruneNetworks({ filters: only });
    result.networksDeleted = pruned.NetworksDeleted ?? [];
  }
  if (request.volumes) {
    const pruned = await docker.pruneVolumes({ filters: only });
    result.volumesDeleted = pruned.VolumesDeleted ?? [];
    result.reclaimedBytes += pruned.SpaceReclaimed ?? 0;
  }
  if (request.images !== "none") {
    const pruned = await docker.pruneImages({ filters: { ...only, dangling: [String(request.images === "dangling")] } });
    result.imagesDeleted = (pruned.ImagesDeleted ?? []).flatMap((i) => (i.Deleted ? [i.Deleted] : []));
    result.reclaimedBytes += pruned.SpaceReclaimed ?? 0;
  }
  if (request.buildCache) {
    const pruned = (await docker.pruneBuilder()) as { CachesDeleted?: string[] | null; SpaceReclaimed?: number };
    result.buildCacheDeleted = (pruned.CachesDeleted ?? []).length;
    result.reclaimedBytes += pruned.SpaceReclaimed ?? 0;
  }
  return result;
}
