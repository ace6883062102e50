/** What a prune request will delete, in words, for the confirmation and the result. */
import type { PruneRequest } from "@wheelhouse/protocol";

export interface PruneTarget {
  text: string;
  /** Deletes data that cannot be rebuilt from an image. */
  dataLoss?: boolean;
}

export const NOTHING_CHOSEN: PruneRequest = { containers: false, images: "none", volumes: false, networks: false, buildCache: false };

export function pruneTargets(request: PruneRequest): PruneTarget[] {
  const targets: PruneTarget[] = [];
  if (request.containers) targets.push({ text: "Every stopped container, with the files written inside it" });
  if (request.images === "dangling") targets.push({ text: "Dangling images: untagged, and used by no container" });
  if (request.images === "all") targets.push({ text: "Every image no container uses, tagged or not" });
  if (request.networks) targets.push({ text: "Networks no container is attached to (built-in networks stay)" });
  if (request.buildCache) targets.push({ text: "Unused build cache" });
  if (request.volumes) targets.push({ text: "Local volumes no container uses, and all the data in them", dataLoss: true });
  const labels = request.labels ?? [];
  if (labels.length === 0) return targets;
  const narrowed = ` (only those labelled ${labels.join(" and ")})`;
  return targets.map((t) => ({ ...t, text: t.text + narrowed }));
}
