/**
 * Who may do what. Until teams and roles exist, an administrator may do everything and any other
 * user nothing beyond their own session.
 */
import type { User } from "@wheelhouse/db";
import type { Permission } from "./permissions.ts";

export function can(user: Pick<User, "isAdmin" | "disabled">, _permission: Permission): boolean {
  return user.isAdmin && !user.disabled;
}
