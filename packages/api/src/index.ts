export { appRouter, type AppRouter } from "./root.ts";
export { createCallerFactory } from "./trpc.ts";
export type { Context, AgentGateway, SessionCookie } from "./context.ts";
export { AgentCallError } from "./errors.ts";
export { PERMISSIONS, SOCKET_EVENT_PERMISSIONS, type Permission, type Access } from "./permissions.ts";
export { can } from "./policy.ts";
export { permissionRegistry, type RegistryEntry } from "./registry.ts";
export type { NodeView } from "./node-view.ts";
export type { ClusterView, ClusterHealth } from "./clusters.ts";
