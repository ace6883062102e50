/**
 * The migration files for a provider, in the order they apply. They are authored with
 * `npm run db:migration` (see packages/db/scripts/new-migration.mjs).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Provider } from "./provider.ts";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const root = fileURLToPath(new URL("../../../prisma/migrations/", import.meta.url));

export function loadMigrations(provider: Provider, dir = `${root}${provider}`): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(`${dir}/${name}/migration.sql`, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}
