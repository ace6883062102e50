"use client";
/**
 * Why the signed-in user may not do something, as a button's tooltip, or undefined when they
 * may. It says whether they hold the permission anywhere; the server still checks the object.
 */
import type { Permission } from "@wheelhouse/api";
import { useAccess } from "./use-access";

export function useBlocked() {
  const access = useAccess();
  return (needed: Permission | "admin"): string | undefined => {
    if (needed === "admin") return access.isAdmin ? undefined : "Only administrators may do this";
    return access.holds(needed) ? undefined : `You need the ${needed} permission`;
  };
}
