/** A migrated test database with the built-in roles, and callers for the users made in it. */
import { syncBuiltInRoles } from "@wheelhouse/auth";
import { migrate, openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { appRouter } from "../root.ts";
import { signedInContext } from "../testing/context.ts";
import { createCallerFactory } from "../trpc.ts";

const createCaller = createCallerFactory(appRouter);

export async function rbacTestDatabase() {
  const database = createTestSqliteDatabase();
  await migrate(database.url);
  const db = openDatabase(database.url);
  await syncBuiltInRoles(db);
  return {
    db,
    async drop() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export async function callerFor(db: Database, user: { id: string }) {
  return createCaller(await signedInContext(db, user));
}

export async function roleId(db: Database, name: string): Promise<string> {
  return (await db.role.findUniqueOrThrow({ where: { name } })).id;
}
