/**
 * Every permission Wheelhouse checks, and the permission each socket event needs. tRPC procedures
 * name theirs in `.meta()` where they are defined; `permissionRegistry()` in registry.ts lists both.
 */
export const PERMISSIONS = {
  "node.view": "See nodes, their facts and live engine events",
  "node.enroll": "Add nodes and issue agent credentials",
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
} as const;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What a procedure requires: a permission, or one of two plain levels. "public" is for signing in
 * and first-run setup; "signed-in" is for what every user may do to their own account.
 */
export type Access = Permission | "public" | "signed-in";

export const SOCKET_EVENT_PERMISSIONS = {
  "node:watch": "node.view",
} as const satisfies Record<string, Permission>;
