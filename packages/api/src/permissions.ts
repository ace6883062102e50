/**
 * Every permission Wheelhouse checks, and the permission each socket event needs. tRPC procedures
 * name theirs in `.meta()` where they are defined; `permissionRegistry()` in registry.ts lists both.
 */
export const PERMISSIONS = {
  "node.view": "See nodes, their facts and live engine events",
  "cluster.manage": "Name clusters and group standalone hosts into them",
  "node.enroll": "Create and revoke the join tokens with which new nodes' agents enroll",
  "node.remove": "Revoke a node's agent credential, and remove nodes",
  "container.view": "List and inspect containers",
  "container.operate": "Start, stop, restart, kill, pause and unpause containers",
  "container.remove": "Remove containers",
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
} as const;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What a procedure requires: a permission, or one of two plain levels. "public" is for signing in
 * and first-run setup; "signed-in" is for what every user may do to their own account.
 */
export type Access = Permission | "public" | "signed-in";

export const SOCKET_EVENT_PERMISSIONS = {
  "node:watch": "node.view",
  "nodes:changed": "node.view",
} as const satisfies Record<string, Permission>;
