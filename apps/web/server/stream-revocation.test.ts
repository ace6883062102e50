/**
 * A stream follows its viewer's access: withdrawing the grant that let a browser watch a node
 * stops the node's events within seconds, and disabling the user closes the socket.
 */
import { hashPassword } from "@wheelhouse/auth";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { BROWSER_NAMESPACE, BrowserEvent, type NodeEvents } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVALIDATE_INTERVAL_MS } from "./sockets/revalidate-browsers.ts";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

const database = createTestSqliteDatabase();
const docker = createEngineSandbox();
const PASSWORD = "viewer passphrase 1";
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let db: Database;
let admin: ApiClient;
const sockets: Socket[] = [];

beforeAll(async () => {
  plane = await startTestPlane({ DATABASE_URL: database.url });
  db = openDatabase(database.url);
  admin = await signInAdmin(plane);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await docker.cleanup();
  await db.$disconnect();
  await plane.drop();
});

/**
 * A View Only user, signed in and watching the local node, with what it hears. Its set is every
 * resource, or only objects labelled team=payments: then it hears changes without their names.
 */
async function watchingViewer(username: string, labels: Record<string, string> = {}) {
  const user = await db.user.create({ data: { username, passwordHash: await hashPassword(PASSWORD) } });
  const role = await db.role.findUniqueOrThrow({ where: { name: "View Only" } });
  const setName = Object.keys(labels).length === 0 ? "everything" : "labelled";
  const set = await db.resourceSet.upsert({ where: { name: setName }, create: { name: setName, labels: JSON.stringify(labels) }, update: {} });
  const grant = await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: set.id } });
  const client = new ApiClient(plane.url);
  expect((await client.mutate("auth.login", { username, password: PASSWORD })).status).toBe(200);
  const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: client.cookie } });
  sockets.push(socket);
  const scope = setName === "everything" ? "events" : "changes";
  expect(await socket.timeout(5_000).emitWithAck(BrowserEvent.watchNode, { nodeId: plane.localNodeId ?? "" })).toEqual({ ok: true, data: { scope } });
  const heard: string[] = [];
  const types: string[] = [];
  socket.on(BrowserEvent.nodeEvents, (batch: NodeEvents) => {
    heard.push(...batch.events.map((e) => e.actorId));
    types.push(...batch.events.map((e) => `${e.type} ${e.action}`));
  });
  return { user, grant, socket, heard, types };
}

describe("node events for a watcher whose grants reach labelled objects only", () => {
  it("say what kind of change happened, never which object", async () => {
    const viewer = await watchingViewer("labelled-viewer", { team: "payments" });
    const id = await docker.container("unnamed-to-viewer");
    await until(() => viewer.types.includes("container start"), "the viewer to hear that a container started");
    expect(viewer.heard).not.toContain(id);
    expect(viewer.heard.every((actor) => actor === "")).toBe(true);
  }, 30_000);
});

describe("streams after access changes", () => {
  it("stop a node's events within seconds of the grant being removed", async () => {
    const viewer = await watchingViewer("viewer-1");
    const before = await docker.container("seen-by-viewer");
    await until(() => viewer.heard.includes(before), "the viewer to hear of a container while allowed");

    await db.grant.delete({ where: { id: viewer.grant.id } });
    await new Promise((resolve) => setTimeout(resolve, REVALIDATE_INTERVAL_MS * 2 + 500));
    const after = await docker.container("hidden-from-viewer");
    const adminSocket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: admin.cookie } });
    sockets.push(adminSocket);
    await adminSocket.timeout(5_000).emitWithAck(BrowserEvent.watchNode, { nodeId: plane.localNodeId ?? "" });
    const adminHeard: string[] = [];
    adminSocket.on(BrowserEvent.nodeEvents, (batch: NodeEvents) => adminHeard.push(...batch.events.map((e) => e.actorId)));
    await docker.docker.getContainer(after).restart({ t: 0 });
    await until(() => adminHeard.includes(after), "an administrator to hear of the restart");
    // Both sockets are sent the same batch; give the viewer's copy time to arrive, were it sent.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(viewer.socket.connected).toBe(true);
    expect(viewer.heard).not.toContain(after);
  }, 30_000);

  it("close the socket within seconds of the user being disabled", async () => {
    const viewer = await watchingViewer("viewer-2");
    await db.user.update({ where: { id: viewer.user.id }, data: { disabled: true } });
    const disabledAt = Date.now();
    await until(() => !viewer.socket.connected, "the disabled user's socket to close", REVALIDATE_INTERVAL_MS * 3);
    expect(Date.now() - disabledAt).toBeLessThan(REVALIDATE_INTERVAL_MS * 3);
  }, 30_000);
});
