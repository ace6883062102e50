/**
 * Reads keep to what the caller may see: a list drops the rest (not even their names stay), and
 * one object the caller may not see is missing, with the message a missing one gets.
 */
import type { Authorizer, Permission, Resource } from "@wheelhouse/auth";
import { notFound } from "./require.ts";

export function visibleOnly<T>(access: Authorizer, view: Permission, items: T[], resourceOf: (item: T) => Resource): T[] {
  if (access.isAdmin) return items;
  return items.filter((item) => access.can(view, resourceOf(item)));
}

export function visibleOne<T>(access: Authorizer, view: Permission, item: T, resourceOf: (item: T) => Resource, missing: string): T {
  if (access.isAdmin || access.can(view, resourceOf(item))) return item;
  return notFound(missing);
}
