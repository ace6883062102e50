/** Disk usage per kind of object, from GET /system/df, totalled the way the docker CLI totals it. */
import type Docker from "dockerode";
import type { DiskUsage } from "@wheelhouse/protocol";

// The parts of GET /system/df read here (dockerode types the response as any). Sizes are -1 when
// the engine did not compute them.
interface EngineDiskUsage {
  LayersSize?: number;
  Images?: Array<{ Containers: number; Size: number; SharedSize: number }> | null;
  Containers?: Array<{ State: string; SizeRw?: number }> | null;
  Volumes?: Array<{ UsageData?: { Size: number; RefCount: number } | null }> | null;
  BuildCache?: Array<{ Size: number; InUse: boolean; Shared: boolean }> | null;
}

type UsageLine = DiskUsage["images"];

export async function diskUsage(docker: Docker): Promise<DiskUsage> {
  const df = (await docker.df()) as EngineDiskUsage;
  const images = df.Images ?? [];
  const containers = df.Containers ?? [];
  const volumes = df.Volumes ?? [];
  const cache = (df.BuildCache ?? []).filter((c) => !c.Shared);
  const usedImages = images.filter((i) => i.Containers > 0);
  const layers = df.LayersSize ?? 0;
  return {
    // Images share layers: the total is the layer store, and what is reclaimable is what no
    // image with a container holds on its own.
    images: line(images.length, usedImages.length, layers, layers - sum(usedImages, (i) => i.Size - i.SharedSize)),
    containers: line(
      containers.length,
      containers.filter((c) => c.State === "running").length,
      sum(containers, (c) => c.SizeRw),
      sum(containers.filter((c) => c.State !== "running"), (c) => c.SizeRw),
    ),
    volumes: line(
      volumes.length,
      volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
      sum(volumes, (v) => v.UsageData?.Size),
      sum(volumes.filter((v) => (v.UsageData?.RefCount ?? 0) === 0), (v) => v.UsageData?.Size),
    ),
    buildCache: line(cache.length, cache.filter((c) => c.InUse).length, sum(cache, (c) => c.Size), sum(cache.filter((c) => !c.InUse), (c) => c.Size)),
  };
}

function line(count: number, active: number, sizeBytes: number, reclaimableBytes: number): UsageLine {
  return { count, active, sizeBytes, reclaimableBytes: Math.max(0, reclaimableBytes) };
}

function sum<T>(items: T[], size: (item: T) => number | undefined): number {
  return items.reduce((total, item) => total + Math.max(0, size(item) ?? 0), 0);
}
