/**
 * Every permission a role can hold. Each is checked against a resource, so a grant's resource set
 * decides where it applies. What only administrators may do (users, teams, roles, the audit log,
 * enrolling and removing nodes) is not a permission: procedures declare it as the "admin" level.
 */
export const PERMISSIONS = {
  "node.view": "See nodes, their facts and live engine events",
  "container.view": "List and inspect containers",
  "container.operate": "Start, stop, restart, kill, pause and unpause containers",
  "container.remove": "Remove containers",
  "container.exec": "Open terminals in containers",
  "logs.read": "Read the logs of containers and services",
  "image.view": "List and inspect images",
  "image.remove": "Remove images",
  "volume.view": "List and inspect volumes",
  "volume.remove": "Remove volumes",
  "network.view": "List and inspect networks",
  "network.remove": "Remove networks",
  "system.view": "See disk usage",
  "system.prune": "Prune unused containers, images, volumes, networks and build cache",
  "service.view": "List and inspect swarm services and their tasks",
  "service.create": "Create swarm services",
  "service.update": "Update, scale and roll back swarm services",
  "service.remove": "Remove swarm services",
  "stack.view": "List stacks and their services and networks",
  "stack.deploy": "Deploy compose files as stacks, creating and updating their services and networks",
  "stack.remove": "Remove stacks: their services and the networks they created",
  "swarm.view": "See swarms and their nodes",
  "swarm.manage": "Create swarms, see their join tokens, and make nodes join or leave them",
  "node.schedule": "Change swarm nodes' labels, availability (drain, pause) and role",
  "secret.view": "List swarm secrets (never their values)",
  "secret.create": "Create swarm secrets",
  "secret.remove": "Remove swarm secrets",
  "config.view": "List and inspect swarm configs, with their data",
  "config.create": "Create swarm configs",
  "config.remove": "Remove swarm configs",
  "workload.host-access": "Run workloads with host access: privileged, host bind mounts, the host network, added capabilities",
  "grant.manage": "Grant roles on the resource sets where one holds every permission of the role",
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}
