/**
 * Resource sets match swarm node labels as node labels: the control plane copies them from a
 * manager when its facts are read, and a set of `rack=r1` nodes then reaches the node labelled so
 * in the swarm (scripts/swarm-up.sh labels the local engine's node rack=r1, wh-node-2's rack=r2).
 */
import { hashPassword } from "@wheelhouse/auth";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

const database = createTestSqliteDatabase();
const PASSWORD = "rack viewer passphrase";
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let db: Database;

beforeAll(async () => {
  plane = await startTestPlane({ DATABASE_URL: database.url });
  db = openDatabase(database.url);
  await signInAdmin(plane);
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await plane.drop();
});

async function viewerOfRack(rack: string): Promise<ApiClient> {
  const username = `rack-${rack}-viewer`;
  const user = await db.user.create({ data: { username, passwordHash: await hashPassword(PASSWORD) } });
  const role = await db.role.findUniqueOrThrow({ where: { name: "View Only" } });
  const set = await db.resourceSet.create({ data: { name: `rack ${rack}`, nodeLabels: JSON.stringify({ rack }) } });
  await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: set.id } });
  const client = new ApiClient(plane.url);
  expect((await client.mutate("auth.login", { username, password: PASSWORD })).status).toBe(200);
  return client;
}

describe("swarm node labels in resource sets", () => {
  it("are copied from the manager onto the node's record", async () => {
    const labels = await until(async () => {
      const node = await db.node.findUnique({ where: { id: plane.localNodeId ?? "" } });
      return node?.swarmLabels ? (JSON.parse(node.swarmLabels) as Record<string, string>) : undefined;
    }, "the local node's swarm labels to be recorded");
    expect(labels).toMatchObject({ rack: "r1" });
  });

  it("let a set of rack=r1 nodes reach the node labelled so in the swarm, and not a set of rack=r2", async () => {
    const r1 = await viewerOfRack("r1");
    const images = await r1.query("images.list", { nodeId: plane.localNodeId });
    expect(images.status, images.error?.message).toBe(200);

    const r2 = await viewerOfRack("r2");
    const refused = await r2.query("images.list", { nodeId: plane.localNodeId });
    expect(refused.status).toBe(404);
  });
});
