export { openDatabase, type Database } from "./client.ts";
export { migrate, type MigrateResult } from "./migrate.ts";
export { loadMigrations, type Migration } from "./migrations.ts";
export { providerOf, type Provider } from "./provider.ts";
export type { User, Session, Node, AgentCredential, JoinToken, Setting } from "./generated/sqlite/client.ts";
