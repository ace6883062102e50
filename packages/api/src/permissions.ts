/**
 * What each procedure and socket event needs. Permissions themselves (and the roles built from
 * them) live in @wheelhouse/auth; tRPC procedures name theirs in `.meta()` where they are defined,
 * and `permissionRegistry()` in registry.ts lists both.
 */
import type { Permission } from "@wheelhouse/auth";

export { PERMISSIONS, type Permission } from "@wheelhouse/auth";

/**
 * What a procedure requires: a permission, or one of three levels. "public" is for signing in and
 * first-run setup; "signed-in" for what every user may do to their own account; "admin" for what
 * only system administrators may do (users, teams, roles, audit, enrolling and removing nodes).
 */
export type Access = Permission | "public" | "signed-in" | "admin";

export const SOCKET_EVENT_PERMISSIONS = {
  "node:watch": "node.view",
  "nodes:changed": "node.view",
} as const satisfies Record<string, Permission>;
