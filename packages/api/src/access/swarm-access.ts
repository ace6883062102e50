/**
 * Checks on a swarm as a whole (its description, its join tokens, who joins it). A caller whose
 * grants reach nothing in the swarm is told what a caller naming an unknown swarm is told.
 */
import { TRPCError } from "@trpc/server";
import type { Authorizer, Permission } from "@wheelhouse/auth";
import { NO_SUCH_SWARM } from "../swarm-call.ts";
import { notFound } from "./require.ts";
import { swarmClusterId, swarmResource } from "./swarm-object-resources.ts";

export function requireReachesSwarm(access: Authorizer, swarmId: string): void {
  if (!access.reaches(swarmClusterId(swarmId))) notFound(NO_SUCH_SWARM);
}

/** Passes when the caller holds `permission` on the swarm itself, not only on some objects in it. */
export function requireOnSwarm(access: Authorizer, swarmId: string, permission: Permission): void {
  if (access.can(permission, swarmResource(swarmId))) return;
  requireReachesSwarm(access, swarmId);
  throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${permission} permission on this swarm as a whole.` });
}
