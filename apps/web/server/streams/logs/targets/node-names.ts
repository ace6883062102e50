/** Wheelhouse nodes' names, as sources are labelled with them. */
import type { Database } from "@wheelhouse/db";

export async function nodeName(db: Database, nodeId: string): Promise<string> {
  return (await db.node.findUnique({ where: { id: nodeId }, select: { name: true } }))?.name ?? nodeId;
}
