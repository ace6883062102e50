/** Checks on one swarm service, read from the swarm first since its labels decide who reaches it. */
import type { Permission } from "@wheelhouse/auth";
import { callSwarm } from "../swarm-call.ts";
import type { Caller } from "./caller.ts";
import { requirePermission } from "./require.ts";
import { labelledResource, missing } from "./swarm-object-resources.ts";

/** Passes when the caller holds `permission` on the service (service.view decides NOT_FOUND or FORBIDDEN). */
export async function requireOnService(ctx: Caller, swarmId: string, id: string, permission: Permission): Promise<void> {
  if (ctx.access.isAdmin) return;
  const service = await callSwarm(ctx, swarmId, "service.inspect", { id });
  requirePermission(ctx.access, permission, labelledResource(swarmId, service.labels), { view: "service.view", missing: missing.service(id), what: `service ${service.name}` });
}
