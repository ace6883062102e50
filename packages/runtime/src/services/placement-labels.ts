/**
 * Docker accepts a constraint on a node label that no node has, and the service's tasks then wait
 * in "pending" for ever. So each `node.labels.<key>==<value>` constraint is checked against the
 * swarm's nodes before a service is created or updated.
 */
import type Docker from "dockerode";
import { RuntimeError } from "../errors.ts";

const labelEquals = /^\s*node\.labels\.([^\s=!]+)\s*==\s*(.*?)\s*$/;

interface SwarmNode {
  Spec?: { Labels?: Record<string, string> };
}

export async function assertSomeNodeHasLabels(docker: Docker, constraints: string[]): Promise<void> {
  const wanted = constraints.flatMap((c) => {
    const [, key, value] = labelEquals.exec(c) ?? [];
    return key !== undefined && value !== undefined ? [{ key, value }] : [];
  });
  if (wanted.length === 0) return;
  const nodes = (await docker.listNodes()) as SwarmNode[];
  for (const { key, value } of wanted) {
    // Swarmkit compares constraint values without regard to case.
    const held = nodes.some((n) => n.Spec?.Labels?.[key]?.toLowerCase() === value.toLowerCase());
    if (!held) throw new RuntimeError("BAD_REQUEST", `No node has the label ${key}=${value}; tasks would never be scheduled`);
  }
}
