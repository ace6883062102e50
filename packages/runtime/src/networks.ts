/** Networks: list, inspect (with attached containers) and removal, mapped into the protocol's shapes. */
import type Docker from "dockerode";
import type { NetworkDetails, NetworkSummary } from "@wheelhouse/protocol";
import { millisFromIso } from "./shape.ts";

// The networks every engine creates for itself; Docker refuses to remove them.
const BUILT_IN = new Set(["bridge", "host", "none"]);

export async function listNetworks(docker: Docker): Promise<NetworkSummary[]> {
  const networks = await docker.listNetworks();
  return networks.map(toSummary);
}

// Only inspect lists attached containers: the list endpoint leaves Containers empty.
export async function inspectNetwork(docker: Docker, id: string): Promise<NetworkDetails> {
  const network = (await docker.getNetwork(id).inspect()) as Docker.NetworkInspectInfo;
  return {
    ...toSummary(network),
    options: network.Options ?? {},
    containers: Object.entries(network.Containers ?? {}).map(([containerId, c]) => ({
      id: containerId,
      name: c.Name,
      ipv4Address: c.IPv4Address,
    })),
  };
}

export async function removeNetwork(docker: Docker, id: string): Promise<Record<string, never>> {
  await docker.getNetwork(id).remove();
  return {};
}

function toSummary(network: Docker.NetworkInspectInfo): NetworkSummary {
  return {
    id: network.Id,
    name: network.Name,
    driver: network.Driver,
    scope: network.Scope,
    internal: network.Internal,
    attachable: network.Attachable,
    builtIn: BUILT_IN.has(network.Name),
    subnets: (network.IPAM?.Config ?? []).map((c) => ({ subnet: c.Subnet ?? "", gateway: c.Gateway ?? "" })),
    createdAt: millisFromIso(network.Created),
    labels: network.Labels ?? {},
  };
}
