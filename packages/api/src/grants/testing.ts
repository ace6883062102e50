/** A migrated test database with the built-in roles, and callers for the users made in it. */
import { syncBuiltInRoles } from "@wheelhouse/auth";
import type { Database } from "@wheelhouse/db";
import { type OpenedTestDatabase, openTestDatabase } from "@wheelhouse/db/testing";
import { appRouter } from "../root.ts";
import { signedInContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

export async function rbacTestDatabase(): Promise<OpenedTestDatabase> {
  const database = await openTestDatabase();
  await syncBuiltInRoles(database.db);
  return database;
}

export async function callerFor(db: Database, user: { id: string }) {
  return createCaller(await signedInContext(db, user));
}

export async function roleId(db: Database, name: string): Promise<string> {
  return (await db.role.findUniqueOrThrow({ where: { name } })).id;
}
