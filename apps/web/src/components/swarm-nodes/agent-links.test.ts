import type { NodeView } from "@wheelhouse/api";
import type { SwarmNode } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { agentsBySwarmNode } from "./agent-links";

const swarmNode = (id: string, hostname: string) => ({ id, hostname }) as SwarmNode;
const agent = (id: string, facts: { hostname: string; nodeId?: string } | null, hostname: string | null = null) =>
  ({
    id,
    name: `agent-${id}`,
    hostname,
    connected: true,
    engine: { reachable: true },
    facts: facts && { hostname: facts.hostname, swarm: { nodeId: facts.nodeId } },
  }) as unknown as NodeView;

describe("agentsBySwarmNode", () => {
  it("matches by the swarm node ID an agent reports, even when hostnames differ", () => {
    const links = agentsBySwarmNode([swarmNode("s1", "host-a")], [agent("n1", { hostname: "renamed", nodeId: "s1" })]);
    expect(links.get("s1")).toEqual({ id: "n1", name: "agent-n1", connected: true });
  });

  it("falls back to the hostname when the agent reports no swarm node ID", () => {
    const links = agentsBySwarmNode([swarmNode("s1", "host-a"), swarmNode("s2", "host-b")], [agent("n2", null, "host-b")]);
    expect([...links.keys()]).toEqual(["s2"]);
  });

  it("does not guess when two swarm nodes share the hostname", () => {
    const links = agentsBySwarmNode([swarmNode("s1", "dup"), swarmNode("s2", "dup")], [agent("n1", { hostname: "dup" })]);
    expect(links.size).toBe(0);
  });
});
