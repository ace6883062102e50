import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
import { migrate } from "./migrate.ts";
import { loadMigrations } from "./migrations.ts";
import type { Provider } from "./provider.ts";
import { createTestPostgresDatabase, createTestSqliteDatabase, type TestDatabase } from "./testing/databases.ts";

const create: Record<Provider, () => Promise<TestDatabase>> = {
  sqlite: async () => createTestSqliteDatabase(),
  postgresql: createTestPostgresDatabase,
};

describe.each(["sqlite", "postgresql"] as const)("migrations on %s", (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.drop();
  });

  it("applies every migration once, then nothing", async () => {
    database = await create[provider]();
    const all = loadMigrations(provider).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    expect((await migrate(database.url)).applied).toEqual(all);
    expect((await migrate(database.url)).applied).toEqual([]);
  });

  it("round-trips records through the Prisma client", async () => {
    database = await create[provider]();
    await migrate(database.url);
    const db = openDatabase(database.url);
    try {
      const user = await db.user.create({ data: { username: "ada", passwordHash: "x", isAdmin: true } });
      await db.session.create({ data: { id: "s1", userId: user.id, expiresAt: new Date(Date.now() + 60_000) } });
      const found = await db.user.findUniqueOrThrow({ where: { username: "ada" }, include: { sessions: true } });
      expect(found.isAdmin).toBe(true);
      expect(found.sessions.map((s) => s.id)).toEqual(["s1"]);
      await db.user.delete({ where: { id: user.id } });
      expect(await db.session.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses to start when an applied migration was edited", async () => {
    database = await create[provider]();
    await migrate(database.url);
    const edited = loadMigrations(provider).map((m, i) => (i === 0 ? { ...m, checksum: "edited" } : m));
    await expect(migrate(database.url, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("leaves no trace of a migration that fails", async () => {
    database = await create[provider]();
    const broken = [...loadMigrations(provider), { name: "99999999999999_broken", sql: 'CREATE TABLE "Half" (id TEXT);\nTHIS IS NOT SQL;', checksum: "b" }];
    await expect(migrate(database.url, broken)).rejects.toThrow();
    const db = openDatabase(database.url);
    try {
      const tables = provider === "sqlite"
        ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE name = 'Half'`)
        : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT tablename::text AS name FROM pg_tables WHERE tablename = 'Half'`);
      expect(tables).toEqual([]);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("a fresh SQLite install", () => {
  it("creates the data folder and the database on first migration", async () => {
    const parent = createTestSqliteDatabase();
    const url = parent.url.replace(/test\.db$/, "not/yet/there/wheelhouse.db");
    try {
      expect((await migrate(url)).applied).toEqual(loadMigrations("sqlite").map((m) => m.name));
      const db = openDatabase(url);
      expect(await db.user.count()).toBe(0);
      await db.$disconnect();
    } finally {
      await parent.drop();
    }
  });
});

describe.each(["sqlite", "postgresql"] as const)("a migration that reshapes a table on %s", (provider) => {
  it("keeps the rows that refer to it", async () => {
    const database = await create[provider]();
    try {
      const all = loadMigrations(provider);
      const reshaping = all.findIndex((m) => m.name.endsWith("_clusters"));
      expect(reshaping).toBeGreaterThan(0);
      await migrate(database.url, all.slice(0, reshaping));
      // Raw SQL: the generated client already expects the columns the later migration adds.
      const before = openDatabase(database.url);
      await before.$executeRawUnsafe(`INSERT INTO "Node" ("id", "name") VALUES ('n1', 'n1')`);
      await before.$executeRawUnsafe(`INSERT INTO "AgentCredential" ("id", "nodeId", "tokenHash") VALUES ('c1', 'n1', 'h1')`);
      await before.$disconnect();

      await migrate(database.url, all);
      const after = openDatabase(database.url);
      expect(await after.agentCredential.count({ where: { tokenHash: "h1" } })).toBe(1);
      await after.$disconnect();
    } finally {
      await database.drop();
    }
  });
});
