/**
 * The authorization matrix, against the real server over HTTP and socket.io. It enumerates the
 * permission registry and, for every procedure, socket event and stream, calls it as a caller who has
 * exactly what it declares and as one who has everything else: the first gets past the access
 * check, the second is refused naming what is missing. An endpoint added without a permission,
 * or guarded by the wrong one, fails here.
 *
 * Inputs name nothing that exists, so an allowed call ends in NOT_FOUND or a validation error
 * rather than changing the engine; what is asserted is only whether access let it through.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, startAgent, type AgentHandle } from "@wheelhouse/agent";
import { permissionRegistry, type Access } from "@wheelhouse/api";
import { hashPassword, PERMISSION_NAMES, type Permission } from "@wheelhouse/auth";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { Channels } from "@wheelhouse/channels";
import { BROWSER_NAMESPACE, BrowserEvent, BrowserStream, type NodesChanged } from "@wheelhouse/protocol";
import { TEST_ENDPOINT } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

const database = createTestSqliteDatabase();
const PASSWORD = "matrix passphrase 1";
const registry = permissionRegistry();
const NOWHERE = { nodeId: "no-such-node", swarmId: "nosuchswarm", id: "no-such-object", name: "no-such-name", userId: "no-such-user", teamId: "no-such-team" };

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let db: Database;
let admin: ApiClient;
const sockets: Socket[] = [];
const agents: AgentHandle[] = [];

/** A user whose one grant is a role of exactly these permissions on every resource. */
async function userHolding(username: string, permissions: readonly Permission[]): Promise<ApiClient> {
  const user = await db.user.create({ data: { username, passwordHash: await hashPassword(PASSWORD) } });
  const role = await db.role.create({ data: { name: `role of ${username}`, permissions: JSON.stringify(permissions) } });
  const everything = await db.resourceSet.upsert({ where: { name: "everything" }, create: { name: "everything" }, update: {} });
  await db.grant.create({ data: { userId: user.id, roleId: role.id, resourceSetId: everything.id } });
  const client = new ApiClient(plane.url);
  const login = await client.mutate("auth.login", { username, password: PASSWORD });
  expect(login.status, login.error?.message).toBe(200);
  return client;
}

const callers = new Map<string, Promise<ApiClient>>();
function holding(key: string, permissions: readonly Permission[]) {
  if (!callers.has(key)) callers.set(key, userHolding(key, permissions));
  return callers.get(key) as Promise<ApiClient>;
}
const allBut = (permission: Permission) => holding(`all-but-${permission.replace(/\W/g, "-")}`, PERMISSION_NAMES.filter((p) => p !== permission));
const only = (permission: Permission) => holding(`only-${permission.replace(/\W/g, "-")}`, [permission]);
const fullControl = () => holding("full-control", PERMISSION_NAMES);

function call(client: ApiClient, entry: { name: string; type: string }) {
  return entry.type === "query" ? client.query(entry.name, NOWHERE) : client.mutate(entry.name, NOWHERE);
}
const refusedForAccess = (res: { status: number }) => res.status === 401 || res.status === 403;

beforeAll(async () => {
  plane = await startTestPlane({ DATABASE_URL: database.url });
  db = openDatabase(database.url);
  admin = await signInAdmin(plane);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const agent of agents) await agent.stop();
  await db.$disconnect();
  await plane.drop();
});

describe("authorization matrix: procedures", () => {
  const byAccess = (access: (a: Access | undefined) => boolean) => registry.filter((e) => e.kind === "procedure" && access(e.access)).map((e) => [e.name, e] as const);
  const isPermission = (a: Access | undefined): a is Permission => a !== undefined && a !== "public" && a !== "signed-in" && a !== "admin";

  it("covers every procedure", () => {
    const procedures = registry.filter((e) => e.kind === "procedure");
    expect(procedures.length).toBeGreaterThan(60);
    for (const entry of procedures) expect(["public", "signed-in", "admin"].includes(entry.access as string) || isPermission(entry.access), entry.name).toBe(true);
  });

  it.each(byAccess(isPermission))("%s: allowed with exactly its permission, refused with all others", async (_name, entry) => {
    const permission = entry.access as Permission;
    const allowed = await call(await only(permission), entry);
    expect(refusedForAccess(allowed), `${entry.name} refused its own permission: ${allowed.error?.message}`).toBe(false);
    expect(allowed.status).toBeLessThan(500);
    const denied = await call(await allBut(permission), entry);
    expect(denied.status).toBe(403);
    expect(denied.error?.message).toContain(permission);
  });

  it.each(byAccess((a) => a === "admin"))("%s: allowed to an administrator, refused to Full Control", async (_name, entry) => {
    const allowed = await call(admin, entry);
    expect(refusedForAccess(allowed), `${entry.name}: ${allowed.error?.message}`).toBe(false);
    expect(allowed.status).toBeLessThan(500);
    const denied = await call(await fullControl(), entry);
    expect(denied.status).toBe(403);
    expect(denied.error?.message).toMatch(/administrators/);
  });

  it.each(byAccess((a) => a === "signed-in"))("%s: allowed to any signed-in user, refused to anonymous callers", async (_name, entry) => {
    if (entry.name === "auth.logout" || entry.name.startsWith("account.end")) return expect((await call(new ApiClient(plane.url), entry)).status).toBe(401);
    // Past the sign-in check, a procedure on one's own account may still refuse another user's (access.explain).
    const allowed = await call(await holding("nobody-special", []), entry);
    expect(allowed.status, `${entry.name}: ${allowed.error?.message}`).not.toBe(401);
    expect(allowed.status).toBeLessThan(500);
    expect((await call(new ApiClient(plane.url), entry)).status).toBe(401);
  });

  it.each(byAccess((a) => a === "public"))("%s: open to anonymous callers", async (_name, entry) => {
    const res = await call(new ApiClient(plane.url), entry);
    expect(res.status).not.toBe(401);
    expect(res.status).toBeLessThan(500);
  });
});

describe("authorization matrix: socket events", () => {
  const browser = (client: ApiClient) => {
    const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: client.cookie } });
    sockets.push(socket);
    return socket;
  };

  it("covers every socket event", () => {
    expect(registry.filter((e) => e.kind === "socket-event").map((e) => e.name).sort()).toEqual([BrowserEvent.watchNode, BrowserEvent.nodesChanged].sort());
  });

  it(`${BrowserEvent.watchNode}: allowed with node.view, refused without`, async () => {
    const allowed = await browser(await only("node.view")).timeout(5_000).emitWithAck(BrowserEvent.watchNode, { nodeId: plane.localNodeId ?? "" });
    expect(allowed).toEqual({ ok: true, data: { scope: "events" } });
    const denied = await browser(await allBut("node.view")).timeout(5_000).emitWithAck(BrowserEvent.watchNode, { nodeId: plane.localNodeId ?? "" });
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it(`${BrowserEvent.nodesChanged}: heard with node.view, not without`, async () => {
    const heard = { allowed: [] as NodesChanged[], denied: [] as NodesChanged[] };
    const allowed = browser(await only("node.view"));
    const denied = browser(await allBut("node.view"));
    allowed.on(BrowserEvent.nodesChanged, (change: NodesChanged) => heard.allowed.push(change));
    denied.on(BrowserEvent.nodesChanged, (change: NodesChanged) => heard.denied.push(change));
    await until(() => allowed.connected && denied.connected, "both browsers to connect");

    const token = await admin.mutate("joinTokens.create", { label: "matrix", expiresInMinutes: 10, singleUse: true });
    expect(token.status).toBe(200);
    agents.push(
      startAgent({
        serverUrl: plane.url,
        joinToken: (token.data as { token: string }).token,
        nodeName: "matrix-node",
        stateDir: mkdtempSync(join(tmpdir(), "wh-matrix-")),
        dockerEndpoint: TEST_ENDPOINT,
        logger: createLogger("agent", () => undefined),
      }),
    );
    await until(() => heard.allowed.length > 0, "the node.view browser to hear of the new node");
    // The denied browser's socket is still up, so silence means it was left out, not cut off.
    expect(denied.connected).toBe(true);
    expect(heard.denied).toEqual([]);
  });
});

describe("authorization matrix: streams", () => {
  const streamsOf = async (client: ApiClient) => {
    const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { cookie: client.cookie } });
    sockets.push(socket);
    await until(() => socket.connected, "the browser socket to connect");
    return new Channels(socket);
  };
  const streams = registry.filter((e) => e.kind === "stream").map((e) => [e.name, e] as const);

  it("covers every stream kind", () => {
    expect(streams.map(([name]) => name).sort()).toEqual(Object.values(BrowserStream).sort());
  });

  // Empty params name nothing: an allowed open gets past access and is refused as a bad request.
  it.each(streams)("%s: opened with exactly its permission, refused with all others", async (_name, entry) => {
    const permission = entry.access as Permission;
    const allowed = await (await streamsOf(await only(permission))).open(entry.name, {});
    expect(allowed).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    const denied = await (await streamsOf(await allBut(permission))).open(entry.name, {});
    expect(denied).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(denied.ok || denied.message).toContain(permission);
  });
});
