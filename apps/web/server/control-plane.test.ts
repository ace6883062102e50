/**
 * The control plane end to end without a browser: real server, real local agent, real Docker
 * Engine, real SQLite. Covers first-run setup over HTTP, commands routed to the agent, live engine
 * events to a watching browser socket, and the refusals (no session, other origin, bad agent token).
 */
import { AGENT_NAMESPACE, BROWSER_NAMESPACE, BrowserEvent, type NodeEvents } from "@wheelhouse/protocol";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { ApiClient, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";
import { until } from "@wheelhouse/runtime/testing/until";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
const api = () => new ApiClient(plane.url);
let admin: ApiClient;
const docker = createEngineSandbox();
const stateOf = async (id: string) => (await docker.docker.getContainer(id).inspect()).State.Status;
const sockets: Socket[] = [];

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
  await until(async () => {
    const nodes = (await admin.query("nodes.list")).data as { connected: boolean }[];
    return nodes[0]?.connected ? true : undefined;
  }, "the local agent to connect");
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await docker.cleanup();
  await plane?.drop();
});

describe("the local node", () => {
  it("reports its engine's facts through its agent", async () => {
    const nodes = (await admin.query("nodes.list")).data as { id: string; local: boolean; engine: { reachable: boolean }; facts: { engineVersion: string; cpus: number } }[];
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: plane.localNodeId, local: true, engine: { reachable: true } });
    expect(nodes[0]?.facts.engineVersion).toMatch(/^\d+\.\d+/);
    expect(nodes[0]?.facts.cpus).toBeGreaterThan(0);
  });

  it("lists, stops and starts a real container through the API", async () => {
    const id = await docker.container("listed");
    const list = async () => ((await admin.query("containers.list", { nodeId: plane.localNodeId })).data as { id: string; state: string }[]).find((c) => c.id === id);
    expect((await list())?.state).toBe("running");
    expect((await admin.mutate("containers.act", { nodeId: plane.localNodeId, id, action: "stop" })).status).toBe(200);
    expect((await list())?.state).toBe("exited");
    expect((await admin.mutate("containers.act", { nodeId: plane.localNodeId, id, action: "start" })).status).toBe(200);
    expect((await list())?.state).toBe("running");
  });

  it("passes the engine's own words back for a conflict, and changes nothing", async () => {
    const id = await docker.container("busy");
    const res = await admin.mutate("containers.remove", { nodeId: plane.localNodeId, id, force: false });
    expect(res.status).toBe(409);
    expect(res.error?.message).toMatch(/running/i);
    expect(await stateOf(id)).toBe("running");
  });
});

describe("live engine events", () => {
  it("reach a browser socket watching the node", async () => {
    const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie: admin.cookie }, reconnection: false });
    sockets.push(socket);
    const reply = await socket.timeout(5000).emitWithAck(BrowserEvent.watchNode, { nodeId: plane.localNodeId! });
    expect(reply).toEqual({ ok: true, data: { scope: "events" } });
    const seen: NodeEvents[] = [];
    socket.on(BrowserEvent.nodeEvents, (payload: NodeEvents) => seen.push(payload));
    const id = await docker.container("watched");
    await until(async () => (seen.some((b) => b.events.some((e) => e.actorId === id && e.action === "start")) ? true : undefined), "the start event");
  });
});

describe("refusals", () => {
  it("refuses API calls without a session", async () => {
    const res = await api().query("containers.list", { nodeId: plane.localNodeId });
    expect(res.status).toBe(401);
  });

  it("refuses a state-changing request from another origin, even with a valid session", async () => {
    const res = await fetch(`${plane.url}/api/trpc/auth.logout`, { method: "POST", headers: { cookie: admin.cookie, origin: "http://evil.example", "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(403);
    expect((await admin.query("auth.status")).data).toMatchObject({ user: { username: "admin" } });
  });

  it("refuses a browser socket without a session, and the upgrade itself from another origin", async () => {
    const cases = [
      { options: {}, refusal: "UNAUTHORIZED" },
      { options: { extraHeaders: { cookie: admin.cookie, origin: "http://evil.example" } }, refusal: "websocket error" },
    ];
    for (const { options, refusal } of cases) {
      const socket = connect(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, ...options });
      sockets.push(socket);
      const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
      expect(error.message).toBe(refusal);
    }
  });

  it("refuses an agent with an unknown credential", async () => {
    const socket = connect(`${plane.url}${AGENT_NAMESPACE}`, { transports: ["websocket"], forceNew: true, reconnection: false, auth: { credential: "x".repeat(43) } });
    sockets.push(socket);
    const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
    expect(error.message).toBe("UNAUTHORIZED");
  });
});
