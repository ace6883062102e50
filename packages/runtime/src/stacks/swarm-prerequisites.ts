/**
 * What the swarm must hold before a stack deploys, all checked before anything is written so a
 * refusal changes nothing: its external networks (swarm-scoped, since tasks on any node attach to
 * them), no stranger under the name of a network the stack would create, the secrets and configs
 * its services name (the engine wants their IDs beside their names), and a node for every
 * node-label constraint (Docker accepts one no node has, and the tasks then wait for ever).
 */
import type { DockerServiceSpec, StackPlan } from "@wheelhouse/compose";
import type Docker from "dockerode";
import { RuntimeError } from "../errors.ts";
import { assertSomeNodeHasLabels } from "../services/placement-labels.ts";
import { STACK_LABEL } from "./stack-label.ts";

// Docker's own networks exist on every node as local ones; a service may still name them.
const BUILT_IN = new Set(["host", "bridge", "none"]);

/** The plan's service specs with the swarm's secret and config IDs filled in, once the swarm has all the stack needs. */
export async function specsForSwarm(docker: Docker, plan: StackPlan): Promise<DockerServiceSpec[]> {
  const [networks, secrets, configs] = await Promise.all([docker.listNetworks(), docker.listSecrets(), docker.listConfigs()]);
  const lacking = new Set<string>();
  for (const network of plan.networks) {
    const problem = network.external ? externalNetworkProblem(network.name, networks) : createdNetworkProblem(network.name, plan.name, networks);
    if (problem) lacking.add(problem);
  }
  const idOf = (kind: "secret" | "config", ids: Map<string, string>, name: string) => {
    const id = ids.get(name);
    if (id === undefined) lacking.add(`the ${kind} ${JSON.stringify(name)} doesn't exist on this swarm: create it first`);
    return id ?? "";
  };
  const secretIds = idsByName(secrets);
  const configIds = idsByName(configs);
  const specs = plan.services.map((spec) => withObjectIds(spec, (name) => idOf("secret", secretIds, name), (name) => idOf("config", configIds, name)));
  if (lacking.size > 0) throw new RuntimeError("BAD_REQUEST", `The swarm lacks what the stack needs, nothing was changed: ${[...lacking].join("; ")}`);

  for (const spec of plan.services) {
    try {
      await assertSomeNodeHasLabels(docker, spec.TaskTemplate.Placement?.Constraints ?? []);
    } catch (error) {
      throw error instanceof RuntimeError ? new RuntimeError(error.code, `${spec.Name}: ${error.message}; nothing was changed`, { cause: error }) : error;
    }
  }
  return specs;
}

function externalNetworkProblem(name: string, networks: Docker.NetworkInspectInfo[]): string | undefined {
  if (BUILT_IN.has(name)) return undefined;
  const named = networks.filter((n) => n.Name === name || n.Id === name);
  if (named.length === 0) return `the network ${JSON.stringify(name)} is declared external but doesn't exist: create a swarm-scoped (overlay) network first`;
  if (named.some((n) => n.Scope === "swarm")) return undefined;
  return `the network ${JSON.stringify(name)} is declared external but is local to one node; a stack's services need a swarm-scoped (overlay) network`;
}

/** Docker would refuse to create the network, after the checks, with part of the stack written. */
function createdNetworkProblem(name: string, stack: string, networks: Docker.NetworkInspectInfo[]): string | undefined {
  const stranger = networks.some((n) => n.Name === name && n.Labels?.[STACK_LABEL] !== stack);
  return stranger ? `a network named ${JSON.stringify(name)} exists already and is not this stack's: rename the stack's network or remove that one` : undefined;
}

function idsByName(objects: { ID: string; Spec?: { Name?: string } }[]): Map<string, string> {
  return new Map(objects.map((o) => [o.Spec?.Name ?? "", o.ID]));
}

function withObjectIds(spec: DockerServiceSpec, secretId: (name: string) => string, configId: (name: string) => string): DockerServiceSpec {
  const container = spec.TaskTemplate.ContainerSpec;
  return {
    ...spec,
    TaskTemplate: {
      ...spec.TaskTemplate,
      ContainerSpec: {
        ...container,
        Secrets: container.Secrets?.map((secret) => ({ ...secret, SecretID: secretId(secret.SecretName) })),
        Configs: container.Configs?.map((config) => ({ ...config, ConfigID: configId(config.ConfigName) })),
      },
    },
  };
}
