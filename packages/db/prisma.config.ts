// Prisma CLI configuration for offline use: the "js" engine runs the bundled WebAssembly schema
// engine through a driver adapter instead of downloading the native one. Only the CLI reads this.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
