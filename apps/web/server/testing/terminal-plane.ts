/**
 * Where terminal tests and benchmarks start: a real control plane whose local agent is connected,
 * its database open to the test as well, and its administrator signed in.
 */
import type { NodeView } from "@wheelhouse/api";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { createEngineSandbox, type EngineSandbox } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { afterAll, beforeAll } from "vitest";
import { connectBrowser, type TestBrowser } from "./browser-terminal.ts";
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

export interface TerminalScene {
  plane: TerminalPlane;
  docker: EngineSandbox;
  /** A running container to open terminals in. */
  containerId: string;
  /** A browser signed in as the administrator. */
  browser: TestBrowser;
}

/** For a test file: a terminal plane, a container and an administrator's browser, made before its tests and removed after. */
export function useTerminalScene(env: Record<string, string> = {}): TerminalScene {
  const scene = { docker: createEngineSandbox() } as TerminalScene;
  beforeAll(async () => {
    scene.plane = await startTerminalPlane(env);
    scene.containerId = await scene.docker.container("terminal");
    scene.browser = await connectBrowser(scene.plane.url, scene.plane.admin);
  }, 60_000);
  afterAll(async () => {
    scene.browser?.close();
    await scene.docker.cleanup();
    await scene.plane?.drop();
  });
  return scene;
}
