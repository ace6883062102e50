/**
 * A node's object counts as a caller may see them. How many containers or images a node holds
 * says something about workloads the caller cannot list, so a count is given only to those who
 * may list its kind on the node itself; others get null.
 */
import type { Permission } from "@wheelhouse/auth";
import type { NodeFactsView } from "../node-view.ts";

type Counts = NodeFactsView["counts"];

const LISTED_BY: Record<keyof Counts, Permission> = {
  containersRunning: "container.view",
  containersPaused: "container.view",
  containersStopped: "container.view",
  images: "image.view",
  volumes: "volume.view",
  networks: "network.view",
};

export function visibleCounts(counts: Counts, may: (permission: Permission) => boolean): Counts {
  const visible = { ...counts };
  for (const kind of Object.keys(LISTED_BY) as (keyof Counts)[]) if (!may(LISTED_BY[kind])) visible[kind] = null;
  return visible;
}

/** The view with its counts cut down to what `may` allows. */
export function withVisibleCounts<T extends { facts: NodeFactsView | null }>(view: T, may: (permission: Permission) => boolean): T {
  return view.facts ? { ...view, facts: { ...view.facts, counts: visibleCounts(view.facts.counts, may) } } : view;
}
