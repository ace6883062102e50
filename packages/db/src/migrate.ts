/**
 * Applies pending migrations at start-up, on SQLite and PostgreSQL alike. Prisma's own
 * `migrate deploy` cannot run here (it fails on PostgreSQL through the JS schema engine), so this
 * small migrator applies the SQL that `prisma migrate diff` wrote, each file in one transaction,
 * and refuses to start when an applied migration was edited afterwards.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import pg from "pg";
import { sqlitePath } from "./client.ts";
import { loadMigrations, type Migration } from "./migrations.ts";
import { providerOf } from "./provider.ts";

const LEDGER = "_wheelhouse_migrations";
// Any fixed number: replicas starting together take turns through this PostgreSQL advisory lock.
const PG_LOCK_KEY = 7_411_002;

export interface MigrateResult {
  applied: string[];
}

export async function migrate(url: string, migrations?: Migration[]): Promise<MigrateResult> {
  const provider = providerOf(url);
  const pending = migrations ?? loadMigrations(provider);
  return provider === "sqlite" ? migrateSqlite(url, pending) : migratePostgres(url, pending);
}

function checkHistory(done: Map<string, string>, migrations: Migration[]): Migration[] {
  for (const m of migrations) {
    const checksum = done.get(m.name);
    if (checksum !== undefined && checksum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied; write a new migration instead.`);
    }
  }
  return migrations.filter((m) => !done.has(m.name));
}

function migrateSqlite(url: string, migrations: Migration[]): MigrateResult {
  const path = sqlitePath(url);
  // On a fresh install the data folder does not exist yet; migrating is what creates the database.
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "${LEDGER}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const rows = db.prepare(`SELECT name, checksum FROM "${LEDGER}"`).all() as { name: string; checksum: string }[];
    const todo = checkHistory(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    const record = db.prepare(`INSERT INTO "${LEDGER}" (name, checksum, applied_at) VALUES (?, ?, ?)`);
    // Prisma's SQLite migrations redefine a table by copying it and dropping the old one. With
    // foreign keys enforced (better-sqlite3's default) that drop would cascade into the rows that
    // refer to it, and the migration's own PRAGMA to prevent it is ignored inside a transaction. So
    // enforcement is off while migrating, and each migration must leave no dangling reference.
    db.pragma("foreign_keys = OFF");
    for (const m of todo) {
      db.transaction(() => {
        db.exec(m.sql);
        const dangling = db.pragma("foreign_key_check") as unknown[];
        if (dangling.length > 0) throw new Error(`Migration ${m.name} would leave ${dangling.length} dangling references.`);
        record.run(m.name, m.checksum, new Date().toISOString());
      }).immediate();
    }
    db.pragma("foreign_keys = ON");
    return { applied: todo.map((m) => m.name) };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "${LEDGER}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "${LEDGER}"`);
    const todo = checkHistory(new Map(rows.map((r) => [r.name, r.checksum])), migrations);
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "${LEDGER}" (name, checksum, applied_at) VALUES ($1, $2, now())`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return { applied: todo.map((m) => m.name) };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
