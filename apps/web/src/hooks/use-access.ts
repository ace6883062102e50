"use client";
/**
 * What the signed-in user may do somewhere, so pages hide or disable what they may not. Only a
 * hint for the interface: the server checks every request against the resource itself. An
 * administrator holds every permission.
 */
import { useQuery } from "@tanstack/react-query";
import type { Permission } from "@wheelhouse/api";
import { useTRPC } from "@/lib/trpc";

export function useAccess() {
  const trpc = useTRPC();
  const user = useQuery(trpc.auth.status.queryOptions()).data?.user;
  const held = new Set<string>(user?.permissions ?? []);
  return {
    isAdmin: user?.isAdmin ?? false,
    holds: (permission: Permission) => held.has(permission),
  };
}
