/** The clusters a resource set may name, as the overview groups them (without asking the agents who is connected). */
import type { Database } from "@wheelhouse/db";
import { groupClusters, type ClusterView } from "../clusters.ts";
import { toNodeView } from "../node-view.ts";

export type ClusterChoice = Pick<ClusterView, "id" | "name" | "kind">;

export async function clusterChoices(db: Database): Promise<ClusterChoice[]> {
  const [nodes, records] = await Promise.all([db.node.findMany({ orderBy: { name: "asc" } }), db.cluster.findMany({ select: { id: true, name: true, swarmId: true } })]);
  return groupClusters(
    nodes.map((node) => toNodeView(node, false)),
    records,
  ).map(({ id, name, kind }) => ({ id, name, kind }));
}

/** Cluster names by ID, for describing sets; an ID no longer among the clusters reads as such. */
export async function clusterNames(db: Database): Promise<Map<string, string>> {
  return new Map((await clusterChoices(db)).map((c) => [c.id, c.name]));
}
