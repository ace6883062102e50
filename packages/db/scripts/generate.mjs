// Generates the Prisma client for each provider (SQLite and PostgreSQL).
import { prisma } from "./prisma-cli.mjs";
import { sqliteSchemaPath, writePostgresSchema } from "./schemas.mjs";

prisma(["generate", "--no-hints", "--schema", sqliteSchemaPath]);
prisma(["generate", "--no-hints", "--schema", writePostgresSchema()]);
