/**
 * Checks on one secret or config. Docker names either by ID or name; the list is read to find the
 * object's labels, so one the caller may not see is missing to them, in Docker's own words.
 */
import type { Permission } from "@wheelhouse/auth";
import { callSwarm } from "../swarm-call.ts";
import type { Caller } from "./caller.ts";
import { notFound, requirePermission } from "./require.ts";
import { labelledResource, missing } from "./swarm-object-resources.ts";

type Kind = "secret" | "config";

/** Passes when the caller holds `permission` on the secret or config named by ID or name. */
export async function requireOnStoredObject(ctx: Caller, kind: Kind, swarmId: string, ref: string, permission: Permission): Promise<void> {
  if (ctx.access.isAdmin) return;
  const objects = await callSwarm(ctx, swarmId, kind === "secret" ? "secret.list" : "config.list", {});
  const object = objects.find((o) => o.id === ref || o.name === ref) ?? notFound(missing[kind](ref));
  const check = { view: `${kind}.view` as const, missing: missing[kind](ref), what: `${kind} ${object.name}` };
  requirePermission(ctx.access, permission, labelledResource(swarmId, object.labels), check);
}
