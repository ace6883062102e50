// Authors a migration for both providers: `npm run db:migration -- <name>`.
// `prisma migrate dev` cannot run offline, so each migration is the diff between the schema as of
// the last migration (kept in prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prisma } from "./prisma-cli.mjs";
import { migrationsRoot, postgresSchemaText, providers, sqliteSchemaPath } from "./schemas.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <name_in_snake_case>");
  process.exit(2);
}
const snapshot = join(migrationsRoot, "schema.snapshot.prisma");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const tmp = join(migrationsRoot, ".tmp");
mkdirSync(tmp, { recursive: true });

const schemaFor = (provider, text, label) => {
  const path = join(tmp, `${label}.${provider}.prisma`);
  writeFileSync(path, provider === "sqlite" ? text : postgresSchemaText(text));
  return path;
};

let wrote = 0;
for (const provider of providers) {
  const to = schemaFor(provider, readFileSync(sqliteSchemaPath, "utf8"), "to");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", schemaFor(provider, readFileSync(snapshot, "utf8"), "from")] : ["--from-empty"];
  const sql = prisma(["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], { capture: true });
  if (!/^\s*(CREATE|ALTER|DROP|INSERT|PRAGMA|UPDATE|DELETE)/m.test(sql)) continue;
  const dir = join(migrationsRoot, provider, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  console.log(`wrote ${dir}/migration.sql`);
  wrote++;
}
if (wrote === 0) {
  console.log("schema.prisma has no changes since the last migration");
} else {
  copyFileSync(sqliteSchemaPath, snapshot);
}
