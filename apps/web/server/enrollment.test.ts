/**
 * Enrollment end to end: a real control plane on a real database, real agents on the real Docker
 * Engine. Join tokens are created and revoked over the API as the UI does; agents join, restart
 * from their stored credential, are cut off by revocation, lose their link, and outlive a restart.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, credentialPath, startAgent, type AgentHandle } from "@wheelhouse/agent";
import { openDatabase, type Database } from "@wheelhouse/db";
import { createTestSqliteDatabase } from "@wheelhouse/db/testing";
import { BROWSER_NAMESPACE, BrowserEvent, type NodesChanged } from "@wheelhouse/protocol";
import { TEST_ENDPOINT } from "@wheelhouse/runtime/testing";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validNodeName } from "./agents/node-name.ts";
import { openCuttableLink } from "./testing/cuttable-link.ts";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";
import { until } from "@wheelhouse/runtime/testing/until";

interface NodeRow {
  id: string;
  name: string;
  local: boolean;
  connected: boolean;
  credentialRevoked: boolean;
  engine: { reachable: boolean };
  facts: { hostname: string } | null;
}
interface TokenRow {
  id: string;
  label: string;
  status: string;
  uses: number;
  singleUse: boolean;
  createdBy: string | null;
}
interface TestAgent {
  handle: AgentHandle;
  lines: string[];
  stateDir: string;
}

const database = createTestSqliteDatabase();
const root = mkdtempSync(join(tmpdir(), "wh-enroll-"));
const running: AgentHandle[] = [];
const sockets: Socket[] = [];
let port: number;
let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let db: Database;

const startPlane = () => startTestPlane({ DATABASE_URL: database.url, PORT: String(port) });

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const nodes = async () => (await admin.query("nodes.list")).data as NodeRow[];
const nodeNamed = async (name: string) => (await nodes()).find((n) => n.name === name);
const tokens = async () => (await admin.query("joinTokens.list")).data as TokenRow[];

async function createToken(singleUse: boolean, label = "test hosts") {
  const res = await admin.mutate("joinTokens.create", { label, expiresInMinutes: 60, singleUse });
  expect(res.status).toBe(200);
  return res.data as { id: string; token: string; command: string };
}

function startTestAgent(options: { joinToken?: string; stateDir?: string; nodeName?: string; serverUrl?: string }): TestAgent {
  const lines: string[] = [];
  const stateDir = options.stateDir ?? mkdtempSync(join(root, "agent-"));
  const handle = startAgent({
    serverUrl: options.serverUrl ?? plane.url,
    joinToken: options.joinToken,
    nodeName: options.nodeName,
    stateDir,
    dockerEndpoint: TEST_ENDPOINT,
    logger: createLogger("agent", (line) => lines.push(line)),
  });
  running.push(handle);
  return { handle, lines, stateDir };
}

const said = (agent: TestAgent, text: string) => agent.lines.filter((line) => line.includes(text));

beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));

  plane = await startPlane();
  db = openDatabase(database.url);
  admin = await signInAdmin(plane);
  await until(async () => (await nodes())[0]?.connected, "the local agent to connect");
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  await Promise.all(running.map((agent) => agent.stop()));
  await db?.$disconnect();
  await plane?.drop();
  await database.drop();
  rmSync(root, { recursive: true, force: true });
});

describe("join tokens", () => {
  it("are shown once with the agent's command, then listed without the secret", async () => {
    const created = await createToken(true, "rack 3");
    expect(created.command).toBe(`npx wheelhouse-agent --server http://127.0.0.1 --join-token=${created.token}`);
    const listed = await tokens();
    expect(listed.find((t) => t.id === created.id)).toMatchObject({ label: "rack 3", status: "active", uses: 0, singleUse: true, createdBy: "admin" });
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(JSON.stringify(await db.joinToken.findMany())).not.toContain(created.token);
  });

  it.each([
    [{ label: "x", expiresInMinutes: 1, singleUse: true }, /5 minutes at least/],
    [{ label: "x", expiresInMinutes: 31 * 24 * 60, singleUse: true }, /30 days at most/],
    [{ label: " ", expiresInMinutes: 60, singleUse: true }, /Say what the token is for/],
  ])("refuses %j, creating nothing", async (input, message) => {
    const before = (await tokens()).length;
    const res = await admin.mutate("joinTokens.create", input);
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(message);
    expect(await tokens()).toHaveLength(before);
  });
});

describe("an agent joining with a single-use token", () => {
  let token: { id: string; token: string };
  let first: TestAgent;

  it("becomes a node, connected, and keeps its credential for its owner only", async () => {
    token = await createToken(true);
    first = startTestAgent({ joinToken: token.token, nodeName: "edge-1" });
    await until(() => first.handle.connected(), "the agent to join");
    const node = await until(async () => (await nodeNamed("edge-1"))?.connected && nodeNamed("edge-1"), "edge-1 to be listed as connected");
    expect(node).toMatchObject({ local: false, engine: { reachable: true }, credentialRevoked: false });
    const file = credentialPath(first.stateDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ nodeId: node?.id, nodeName: "edge-1", server: plane.url });
    expect((await tokens()).find((t) => t.id === token.id)).toMatchObject({ status: "used-up", uses: 1 });
  });

  it("refuses a second agent with the same token, which says why once and keeps trying; no node is created", async () => {
    const count = (await nodes()).length;
    const second = startTestAgent({ joinToken: token.token, nodeName: "edge-2" });
    await until(() => said(second, "join token already used (JOIN_TOKEN_USED_UP)").length > 0, "the refusal to be logged");
    await pause(3_000);
    expect(second.handle.connected()).toBe(false);
    expect(said(second, "JOIN_TOKEN_USED_UP")).toHaveLength(1);
    expect(await nodes()).toHaveLength(count);
    expect(existsSync(credentialPath(second.stateDir))).toBe(false);
    await second.handle.stop();
  });

  it("starts again from its state directory alone, as the same node", async () => {
    const before = await nodeNamed("edge-1");
    await first.handle.stop();
    await until(async () => (await nodeNamed("edge-1"))?.connected === false, "edge-1 to show disconnected");
    first = startTestAgent({ stateDir: first.stateDir });
    await until(() => first.handle.connected(), "the agent to reconnect with its stored credential");
    expect(said(first, "using the credential of node edge-1 stored in")).toHaveLength(1);
    expect((await nodes()).filter((n) => n.name.startsWith("edge-1"))).toEqual([expect.objectContaining({ id: before?.id, connected: true })]);
  });

  it("is cut off within moments when its credential is revoked, and cannot come back", async () => {
    const node = await nodeNamed("edge-1");
    const res = await admin.mutate("nodes.revokeCredential", { nodeId: node?.id });
    expect(res.status).toBe(200);
    await until(() => !first.handle.connected(), "the agent to be cut off", 2_000);
    await until(async () => (await nodeNamed("edge-1"))?.connected === false, "edge-1 to show disconnected", 2_000);
    await until(() => said(first, "credential was revoked").length > 0, "the agent to say it was revoked");
    await pause(3_000);
    expect(first.handle.connected()).toBe(false);
    expect(said(first, "(CREDENTIAL_REVOKED)")).toHaveLength(1);
    expect(await nodeNamed("edge-1")).toMatchObject({ connected: false, credentialRevoked: true });
    const list = await admin.query("containers.list", { nodeId: node?.id });
    expect(list.status).toBe(503);
    expect(list.error?.data.appCode).toBe("AGENT_UNAVAILABLE");
  });
});

describe("an agent that cannot store its credential", () => {
  it("gets no node and gives the token's use back, so it can join once it can store", async () => {
    const created = await createToken(true);
    const stateDir = join(root, "blocked");
    const blocked = startTestAgent({ joinToken: created.token, nodeName: "blocked", stateDir });
    // Where the agent checked it could write a moment ago, a file now stands.
    rmSync(stateDir, { recursive: true });
    writeFileSync(stateDir, "");
    await until(() => said(blocked, "could not store the credential").length > 0, "the agent to fail to store it");
    expect(await nodeNamed("blocked")).toBeUndefined();
    expect((await tokens()).find((t) => t.id === created.id)).toMatchObject({ status: "active", uses: 0 });

    rmSync(stateDir);
    await until(() => blocked.handle.connected(), "the agent to join on a later attempt");
    expect(await nodeNamed("blocked")).toMatchObject({ connected: true });
    expect(existsSync(credentialPath(stateDir))).toBe(true);
  });
});

describe("agents racing for one single-use token", () => {
  it("let exactly one of them join", async () => {
    const { token } = await createToken(true);
    const racers = ["racer-a", "racer-b", "racer-c"].map((nodeName) => startTestAgent({ joinToken: token, nodeName }));
    await until(() => racers.some((r) => r.handle.connected()), "one racer to join");
    await until(() => racers.filter((r) => said(r, "join token already used").length > 0).length === 2, "the other two to be refused");
    expect((await nodes()).filter((n) => n.name.startsWith("racer-"))).toHaveLength(1);
    expect(racers.filter((r) => existsSync(credentialPath(r.stateDir)))).toHaveLength(1);
  });
});

describe("tokens that can no longer enroll", () => {
  it("refuses an expired token, saying so", async () => {
    const created = await createToken(false);
    await db.joinToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = startTestAgent({ joinToken: created.token, nodeName: "late" });
    await until(() => said(late, "join token expired at").length > 0, "the expiry to be logged");
    expect(late.lines.join("\n")).toContain("(JOIN_TOKEN_EXPIRED)");
    expect(await nodeNamed("late")).toBeUndefined();
    expect((await tokens()).find((t) => t.id === created.id)?.status).toBe("expired");
  });

  it("refuses a revoked token, saying so", async () => {
    const created = await createToken(false);
    expect((await admin.mutate("joinTokens.revoke", { id: created.id })).status).toBe(200);
    const refused = startTestAgent({ joinToken: created.token, nodeName: "refused" });
    await until(() => said(refused, "join token revoked (JOIN_TOKEN_REVOKED)").length > 0, "the revocation to be logged");
    expect(await nodeNamed("refused")).toBeUndefined();
    expect((await tokens()).find((t) => t.id === created.id)?.status).toBe("revoked");
  });

  it("refuses a token it never issued", async () => {
    const stranger = startTestAgent({ joinToken: "not-a-token-this-plane-issued", nodeName: "stranger" });
    await until(() => said(stranger, "does not know this join token (UNAUTHORIZED)").length > 0, "the refusal to be logged");
    expect(await nodeNamed("stranger")).toBeUndefined();
  });
});

describe("a multi-use token", () => {
  it("enrolls several agents, each named after its engine's host, never twice the same", async () => {
    const created = await createToken(false);
    const host = validNodeName((await nodes()).find((n) => n.local)?.facts?.hostname);
    const before = new Set((await nodes()).map((n) => n.id));
    const pair = [startTestAgent({ joinToken: created.token }), startTestAgent({ joinToken: created.token })];
    await until(() => pair.every((agent) => agent.handle.connected()), "both agents to join");
    const joined = (await nodes()).filter((n) => !before.has(n.id));
    expect(joined).toHaveLength(2);
    expect(new Set(joined.map((n) => n.name)).size).toBe(2);
    for (const node of joined) expect(node.name).toMatch(new RegExp(`^${host.replace(/\./g, "\\.")}(-\\d+)?$`));
    expect((await tokens()).find((t) => t.id === created.id)).toMatchObject({ status: "active", uses: 2 });
  });

  it("leaves nodes that can be removed, which cuts their agents off; the local node cannot be", async () => {
    const joined = await createToken(false);
    const leaving = startTestAgent({ joinToken: joined.token, nodeName: "leaving" });
    await until(() => leaving.handle.connected(), "the agent to join");
    const node = await nodeNamed("leaving");
    expect((await admin.mutate("nodes.remove", { nodeId: node?.id })).status).toBe(200);
    await until(() => !leaving.handle.connected(), "the agent to be cut off", 2_000);
    expect(await nodeNamed("leaving")).toBeUndefined();
    await until(() => said(leaving, "does not know this credential").length > 0, "the agent to be refused");

    const local = (await nodes()).find((n) => n.local);
    for (const procedure of ["nodes.remove", "nodes.revokeCredential"]) {
      const res = await admin.mutate(procedure, { nodeId: local?.id });
      expect(res.status).toBe(412);
      expect(res.error?.message).toMatch(/control plane's own host/);
    }
    expect((await nodes()).find((n) => n.local)).toMatchObject({ connected: true, credentialRevoked: false });
  });
});

describe("liveness", () => {
  it("shows an agent whose link is cut silently as disconnected within 10 s, tells browsers, and heals by itself", async () => {
    const browser = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie: admin.cookie } });
    sockets.push(browser);
    const changes: NodesChanged[] = [];
    browser.on(BrowserEvent.nodesChanged, (change: NodesChanged) => changes.push(change));
    await until(() => browser.connected, "the browser socket");

    const link = await openCuttableLink(plane.url);
    try {
      const { token } = await createToken(true);
      const remote = startTestAgent({ joinToken: token, nodeName: "far-away", serverUrl: link.url });
      await until(() => remote.handle.connected(), "the agent to join over the link");
      const node = await until(() => nodeNamed("far-away"), "far-away to be listed");
      await until(() => changes.some((c) => c.nodeId === node.id), "browsers to hear of the new node");

      changes.length = 0;
      link.cut();
      const cutAt = Date.now();
      await until(async () => (await nodeNamed("far-away"))?.connected === false, "far-away to show disconnected", 10_000);
      expect(Date.now() - cutAt).toBeGreaterThan(1_000);
      await until(() => changes.some((c) => c.nodeId === node.id), "browsers to hear of it", 1_000);
      await until(() => !remote.handle.connected(), "the agent to notice by itself", 10_000);

      link.restore();
      await until(() => remote.handle.connected(), "the agent to reconnect by itself", 20_000);
      await until(async () => (await nodeNamed("far-away"))?.connected, "far-away to show connected again");
    } finally {
      await link.close();
    }
  });

  it("has agents reconnect by themselves after the control plane restarts", async () => {
    const { token } = await createToken(true);
    const survivor = startTestAgent({ joinToken: token, nodeName: "survivor" });
    await until(() => survivor.handle.connected(), "the agent to join");

    await plane.drop(); // drops only the plane's own spare database; this file's stays
    await until(() => !survivor.handle.connected(), "the agent to notice");
    plane = await startPlane();
    await until(() => survivor.handle.connected(), "the agent to reconnect", 20_000);
    expect(await nodeNamed("survivor")).toMatchObject({ connected: true });
    expect((await nodes()).filter((n) => n.name.startsWith("survivor"))).toHaveLength(1);
  });
});
