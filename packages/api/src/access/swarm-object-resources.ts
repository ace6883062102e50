/**
 * Swarm objects as resources. Services, secrets and configs are reached by their swarm and their
 * own labels; a task by its service's labels; a swarm node by its swarm and the swarm's labels on
 * it (the ones placement reads), like an engine's labels for a standalone node.
 */
import type { Resource } from "@wheelhouse/auth";

export const swarmClusterId = (swarmId: string) => `swarm:${swarmId}`;

/** The swarm itself, for what is swarm-wide: its join tokens, its membership. */
export const swarmResource = (swarmId: string): Resource => ({ clusterId: swarmClusterId(swarmId) });

export const labelledResource = (swarmId: string, labels: Readonly<Record<string, string>>): Resource => ({ clusterId: swarmClusterId(swarmId), labels });

export const swarmNodeResource = (swarmId: string, node: { labels: Readonly<Record<string, string>> }): Resource => ({
  clusterId: swarmClusterId(swarmId),
  nodeLabels: node.labels,
});

/** The labels of each task's service; a task whose service is gone has none, so only unlabelled sets reach it. */
export function taskResources(swarmId: string, services: readonly { id: string; labels: Readonly<Record<string, string>> }[]) {
  const labelsOf = new Map(services.map((service) => [service.id, service.labels]));
  return (task: { serviceId: string }): Resource => labelledResource(swarmId, labelsOf.get(task.serviceId) ?? {});
}

/**
 * Docker's own words for a missing swarm object, used as well when the caller may not see it, so
 * the two answers cannot be told apart.
 */
export const missing = {
  service: (ref: string) => `service ${ref} not found`,
  secret: (ref: string) => `secret ${ref} not found`,
  config: (ref: string) => `config ${ref} not found`,
  swarmNode: (ref: string) => `node ${ref} not found`,
  stack: (name: string) => `No stack named ${name} on this swarm`,
  container: (ref: string) => `No such container: ${ref}`,
};
