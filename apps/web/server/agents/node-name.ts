/** Names for joining nodes: what the agent asked for or its engine's hostname, made valid and unique. */
import type { Database } from "@wheelhouse/db";
import { NodeName } from "@wheelhouse/protocol";

const MAX_LENGTH = 64;

/** A hostname may hold characters a node name may not (an underscore first, a space): replace them. */
export function validNodeName(wanted: string | undefined): string {
  const cleaned = (wanted ?? "")
    .replace(/[^a-zA-Z0-9._-]+/g, "-")
    .replace(/^[^a-zA-Z0-9]+/, "")
    .slice(0, MAX_LENGTH);
  return NodeName.safeParse(cleaned).success ? cleaned : "node";
}

/** `base`, or `base-2`, `base-3`... whichever no node has yet. */
export async function freeNodeName(db: Pick<Database, "node">, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    if (!(await db.node.findUnique({ where: { name: candidate }, select: { id: true } }))) return candidate;
  }
}
