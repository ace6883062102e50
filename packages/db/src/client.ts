/**
 * Opens the database named by a URL: `file:` for the embedded SQLite default, `postgres://` or
 * `postgresql://` for a replicated control plane. Both providers share one schema, so callers get
 * one client type whichever is behind it.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { providerOf } from "./provider.ts";

export type Database = SqliteClient;

export function openDatabase(url: string): Database {
  if (providerOf(url) === "sqlite") {
    return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: sqlitePath(url), timeout: 5000 }) });
  }
  // The two generated clients differ only in their provider tag; the models are identical.
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
}

/** `file:./data/wheelhouse.db` -> `./data/wheelhouse.db` (better-sqlite3 takes a path). */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "");
}
