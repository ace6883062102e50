/** Name lookups a service spec needs: secret and config IDs by name, network names by ID. */
import type Docker from "dockerode";
import type { ServiceSpec } from "@wheelhouse/protocol";
import type { SwarmObjectIds } from "./spec-to-docker.ts";

export async function swarmObjectIds(docker: Docker, spec: ServiceSpec): Promise<SwarmObjectIds> {
  const [secrets, configs] = await Promise.all([
    spec.secrets.length > 0 ? docker.listSecrets() : [],
    spec.configs.length > 0 ? docker.listConfigs() : [],
  ]);
  return {
    secrets: new Map(secrets.map((s) => [s.Spec?.Name ?? "", s.ID])),
    configs: new Map(configs.map((c) => [c.Spec?.Name ?? "", c.ID])),
  };
}

export async function networkNames(docker: Docker): Promise<Map<string, string>> {
  const networks = await docker.listNetworks();
  return new Map(networks.map((n) => [n.Id, n.Name]));
}
