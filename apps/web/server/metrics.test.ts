/**
 * Metrics end to end: the local agent samples the real engine and sends its batches through its
 * metrics channel; the control plane serves them by container, service and node, within each
 * caller's access, and streams new points to browsers until their access is withdrawn.
 */
import { hashPassword, type Permission } from "@wheelhouse/auth";
import { Channels, type Channel } from "@wheelhouse/channels";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { BROWSER_NAMESPACE, BrowserStream, type ContainerSample, type MetricPoint, type MetricSeries } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { createServiceSandbox, until } from "@wheelhouse/runtime/testing/services";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REVALIDATE_INTERVAL_MS } from "./sockets/revalidate-browsers.ts";
import { ApiClient, localSwarmId, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

const database = createTestSqliteDatabase();
const docker = createEngineSandbox();
const services = createServiceSandbox();
const PASSWORD = "metrics passphrase 1";
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let db: Database;
let admin: ApiClient;
let nodeId: string;
let busy: string;
let labelled: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  plane = await startTestPlane({ DATABASE_URL: database.url });
  db = openDatabase(database.url);
  admin = await signInAdmin(plane);
  nodeId = plane.localNodeId ?? "";
  // A tenth of a CPU kept busy, so its CPU is measurably above zero without loading the machine.
  busy = await docker.container("metrics-busy", { command: ["sh", "-c", "while :; do :; done"], cpus: 0.1 });
  const made = await docker.docker.createContainer({
    name: docker.name("metrics-team"),
    Image: "local/busybox:1",
    Cmd: ["sh", "-c", "trap 'exit 0' TERM; sleep 600 & wait"],
    Labels: { "wheelhouse.test": "1", [docker.runLabel.split("=")[0] ?? ""]: docker.runLabel.split("=")[1] ?? "", team: "metrics" },
  });
  await made.start();
  labelled = made.id;
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await services.cleanup();
  await docker.cleanup();
  await db.$disconnect();
  await plane.drop();
});

const series = async (client: ApiClient, path: string, input: object) => {
  const res = await client.query(path, { range: "15m", ...input });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.error?.message}`);
  return res.data as MetricSeries<MetricPoint>;
};

/** A user holding each role (a set of permissions) on a resource set with the given labels. */
async function userWith(username: string, grants: { permissions: Permission[]; labels?: Record<string, string> }[]) {
  const user = await db.user.create({ data: { username, passwordHash: await hashPassword(PASSWORD) } });
  const made = [];
  for (const [i, { permissions, labels = {} }] of grants.entries()) {
    const role = await db.role.create({ data: { name: `${username} role ${i}`, permissions: JSON.stringify(permissions) } });
    const set = await db.resourceSet.create({ data: { name: `${username} set ${i}`, labels: JSON.stringify(labels) } });
    made.push(await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: set.id } }));
  }
  const client = new ApiClient(plane.url);
  expect((await client.mutate("auth.login", { username, password: PASSWORD })).status).toBe(200);
  return { client, grants: made };
}

async function streamsOf(client: ApiClient): Promise<Channels> {
  const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: client.cookie } });
  sockets.push(socket);
  await until(async () => socket.connected || undefined, "the browser socket to connect");
  return new Channels(socket);
}

/** The next batch of points; the channel stays open (leaving a for-await loop would cancel it). */
async function nextPoints(channel: Channel): Promise<unknown[]> {
  const frames = channel.frames[Symbol.asyncIterator]();
  for (let next = await frames.next(); !next.done; next = await frames.next()) if (Array.isArray(next.value) && next.value.length > 0) return next.value;
  throw new Error("the stream ended without a point");
}

describe("metrics through the control plane", () => {
  it("serve a running container's CPU and memory, sampled by the agent, and its node's host figures", async () => {
    const points = await until(async () => {
      const { points } = await series(admin, "metrics.container", { nodeId, id: busy });
      return points.some((p) => p.cpuPercent > 1) ? points : undefined;
    }, "the busy container's CPU to be sampled", 40_000);
    expect(points.at(-1)).toMatchObject({ memoryUsage: expect.any(Number), memoryLimit: expect.any(Number) });
    expect(points.at(-1)?.memoryLimit).toBeGreaterThan(0);

    const host = await series(admin, "metrics.node", { nodeId });
    expect(host.resolutionMs).toBe(5_000);
    expect(host.points.at(-1)?.memoryLimit).toBeGreaterThan(0);

    const top = (await admin.query("metrics.topConsumers", { nodeId })).data as { containers: ContainerSample[] };
    expect(top.containers[0]?.containerId).toBe(busy);
  }, 60_000);

  it("list only the containers a label-scoped user may see among a node's top consumers", async () => {
    const { client } = await userWith("team-viewer", [{ permissions: ["node.view"] }, { permissions: ["container.view"], labels: { team: "metrics" } }]);
    const all = (await admin.query("metrics.topConsumers", { nodeId })).data as { containers: ContainerSample[] };
    expect(all.containers.map((c) => c.containerId)).toEqual(expect.arrayContaining([busy, labelled]));
    const theirs = (await client.query("metrics.topConsumers", { nodeId })).data as { containers: ContainerSample[] };
    expect(theirs.containers.map((c) => c.containerId)).toEqual([labelled]);
    // And the busy container's own series is missing to them, as the container itself is.
    expect((await client.query("metrics.container", { nodeId, id: busy, range: "15m" })).status).toBe(404);
  });

  it("sum a service over its tasks", async () => {
    const swarmId = await localSwarmId(admin);
    const spec = services.spec("metrics", { mode: { type: "replicated", replicas: 2 }, placement: { constraints: ["node.role==manager"], preferences: [] } });
    const created = await admin.mutate("services.create", { swarmId, spec });
    expect(created.status, created.error?.message).toBe(200);
    const { id } = created.data as { id: string };
    const points = await until(async () => {
      const { points } = await series(admin, "metrics.service", { swarmId, id });
      return points.some((p) => p.tasks === 2) ? points : undefined;
    }, "both tasks to be summed", 60_000);
    const summed = points.find((p) => p.tasks === 2);
    // No limits: each task's limit is the host's memory, and the service's is the sum of its tasks'.
    const top = (await admin.query("metrics.topConsumers", { nodeId })).data as { containers: ContainerSample[] };
    const ofService = top.containers.filter((c) => c.serviceId === id);
    expect(ofService).toHaveLength(2);
    expect(summed?.memoryLimit).toBe(ofService.reduce((sum, c) => sum + c.memoryLimit, 0));
    expect(summed?.memoryUsage).toBeGreaterThan(0);
  }, 90_000);
});

describe("the metrics stream", () => {
  it("refuses bad params and unknown containers with a clear error", async () => {
    const channels = await streamsOf(admin);
    expect(await channels.open(BrowserStream.metrics, { scope: "galaxy" })).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(await channels.open(BrowserStream.metrics, { scope: "container", nodeId, containerId: "no-such-container" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await channels.open(BrowserStream.metrics, { scope: "node", nodeId: "no-such-node" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("pushes a container's new points, and closes once the viewer's grant is removed", async () => {
    const { client, grants } = await userWith("stream-viewer", [{ permissions: ["container.view", "node.view"] }]);
    const opened = await (await streamsOf(client)).open(BrowserStream.metrics, { scope: "container", nodeId, containerId: busy, sinceTs: Date.now() });
    if (!opened.ok) throw new Error(opened.message);
    const [point] = (await nextPoints(opened.data)) as MetricPoint[];
    expect(point?.ts).toBeGreaterThan(Date.now() - 30_000);
    expect(point?.cpuPercent).toBeGreaterThan(0);

    await db.grant.deleteMany({ where: { id: { in: grants.map((g) => g.id) } } });
    const closed = await Promise.race([opened.data.closed, new Promise((resolve) => setTimeout(() => resolve("still open"), REVALIDATE_INTERVAL_MS * 3))]);
    expect(closed).toMatchObject({ by: "peer", outcome: "error", code: "FORBIDDEN" });
  }, 40_000);
});
