/** Keeps the built-in roles' records in step with the code; run at every start. */
import type { Database } from "@wheelhouse/db";
import { BUILT_IN_ROLES } from "./built-in-roles.ts";

export async function syncBuiltInRoles(db: Database): Promise<void> {
  for (const role of BUILT_IN_ROLES) {
    const data = { description: role.description, permissions: JSON.stringify(role.permissions), builtIn: true };
    await db.role.upsert({ where: { name: role.name }, create: { name: role.name, ...data }, update: data });
  }
}
