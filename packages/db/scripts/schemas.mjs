// The two providers' schemas: prisma/schema.prisma is written for SQLite; the PostgreSQL variant
// is derived from it so the models can never drift apart.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const sqliteSchemaPath = join(repoRoot, "prisma/schema.prisma");
export const migrationsRoot = join(repoRoot, "prisma/migrations");
const derivedDir = join(repoRoot, "packages/db/src/generated");

export function postgresSchemaText(sqliteText) {
  return sqliteText
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/url\s+=\s+"file:[^"]*"/, 'url      = "postgresql://localhost/wheelhouse"')
    .replace('output       = "../packages/db/src/generated/sqlite"', 'output       = "./postgresql"');
}

/** Writes the derived PostgreSQL schema beside the generated clients and returns its path. */
export function writePostgresSchema(sqliteText = readFileSync(sqliteSchemaPath, "utf8")) {
  mkdirSync(derivedDir, { recursive: true });
  const path = join(derivedDir, "postgresql.prisma");
  writeFileSync(path, postgresSchemaText(sqliteText));
  return path;
}

export const providers = ["sqlite", "postgresql"];
