/**
 * Where terminal tests and benchmarks start: a real control plane whose local agent is connected,
 * its database open to the test as well, and its administrator signed in.
 */
import type { NodeView } from "@wheelhouse/api";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { signInAdmin, startTestPlane, type ApiClient } from "./start-test-plane.ts";

export interface TerminalPlane {
  url: string;
  db: Database;
  admin: ApiClient;
  /** The local node, whose agent is connected. */
  nodeId: string;
  drop(): Promise<void>;
}

export async function startTerminalPlane(env: Record<string, string> = {}): Promise<TerminalPlane> {
  const database = createTestSqliteDatabase();
  const plane = await startTestPlane({ DATABASE_URL: database.url, ...env });
  const db = openDatabase(database.url);
  const admin = await signInAdmin(plane);
  const nodeId = plane.localNodeId ?? "";
  await until(async () => ((await admin.query("nodes.list")).data as NodeView[]).find((n) => n.id === nodeId)?.connected, "the local agent to connect");
  return {
    url: plane.url,
    db,
    admin,
    nodeId,
    async drop() {
      await db.$disconnect();
      await plane.drop();
      await database.drop();
    },
  };
}
