/**
 * What each procedure and socket event needs. Permissions themselves (and the roles built from
 * them) live in @wheelhouse/auth; tRPC procedures name theirs in `.meta()` where they are defined,
 * and `permissionRegistry()` in registry.ts lists both.
 */
import type { Permission } from "@wheelhouse/auth";
import type { BrowserStreamKind } from "@wheelhouse/protocol";

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

/**
 * What opening each browser stream (a channel kind, see BrowserStream) needs somewhere. The
 * stream's handler then checks the resources it reaches (the container, every task of a service,
 * the node), and checks again every few seconds while the stream is open.
 */
export const STREAM_PERMISSIONS = {
  logs: "logs.read",
  exec: "container.exec",
  metrics: "container.view",
} as const satisfies Record<BrowserStreamKind, Permission>;
