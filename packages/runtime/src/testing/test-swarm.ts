/**
 * The two-node test swarm scripts/swarm-up.sh makes: the main test engine as manager (node label
 * rack=r1) and wh-node-2 as worker (rack=r2). Test files run in parallel on this one swarm, so a
 * change to a node is made from a fresh read, and made again when another file got in between.
 */
import type { SwarmNode, SwarmNodeUpdate } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";

// eslint-disable-next-line no-restricted-properties -- test support, not application configuration
export const SECOND_ENGINE_ENDPOINT = process.env.WHEELHOUSE_TEST_DOCKER_HOST_2 ?? "unix:///var/run/docker-n2.sock";
export const SECOND_NODE_HOSTNAME = "wh-node-2";

type NodeChange = Omit<SwarmNodeUpdate, "id" | "version">;

/** Applies `change(node)` to the node as it is now, through a manager's runtime. */
export async function changeNode(manager: Runtime, id: string, change: (node: SwarmNode) => NodeChange): Promise<SwarmNode> {
  for (let attempt = 1; ; attempt++) {
    const node = await manager.run("swarmNode.inspect", { id });
    try {
      return await manager.run("swarmNode.update", { id, version: node.version, ...change(node) });
    } catch (error) {
      if (!(error instanceof RuntimeError && error.code === "CONFLICT") || attempt === 5) throw error;
    }
  }
}

/** The labels without those whose keys start with `prefix`. */
export function labelsWithout(labels: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !key.startsWith(prefix)));
}
