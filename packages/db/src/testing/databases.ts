/**
 * Fresh, migrated databases for tests: a SQLite file in a temporary folder, or a new database on
 * the test PostgreSQL server that scripts/postgres-up.sh starts.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "../client.ts";
import { migrate } from "../migrate.ts";

// eslint-disable-next-line no-restricted-properties -- test support, not application configuration
const POSTGRES_ADMIN_URL = process.env.WHEELHOUSE_TEST_POSTGRES_URL ?? "postgresql://wheelhouse@127.0.0.1:55432/wheelhouse_test";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A test database, migrated and open; `close` disconnects the client and drops the database. */
export interface OpenedTestDatabase {
  db: Database;
  url: string;
  close(): Promise<void>;
}

export async function openTestDatabase(create: () => TestDatabase | Promise<TestDatabase> = createTestSqliteDatabase): Promise<OpenedTestDatabase> {
  const database = await create();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const db = openDatabase(database.url);
  return {
    db,
    url: database.url,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}

export function createTestSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "wheelhouse-db-"));
  return { url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function createTestPostgresDatabase(): Promise<TestDatabase> {
  const name = `wh_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect().catch((error: Error) => {
    throw new Error(`No test PostgreSQL at ${POSTGRES_ADMIN_URL} (start one with scripts/postgres-up.sh): ${error.message}`);
  });
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
