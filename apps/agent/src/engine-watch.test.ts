import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "@wheelhouse/runtime";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { createLogger, startAgent, type AgentHandle } from "./index.ts";
import { eventually, startControlPlane, type TestControlPlane } from "./testing/control-plane.ts";

// The engine going away and coming back, played by a socket that forwards to the real engine:
// while the proxy is down the agent's endpoint has nothing behind it.
const TOKEN = "engine-watch-test-token-0123456789";
const sandbox = createEngineSandbox();
const dir = mkdtempSync(join(tmpdir(), "wh-agent-"));
const socketPath = join(dir, "docker.sock");
let controlPlane: TestControlPlane;
let agent: AgentHandle;

function startEngineProxy(): Promise<{ stop(): Promise<void> }> {
  const target = parseEndpoint(sandbox.endpoint);
  if (!target) throw new Error(`cannot proxy ${sandbox.endpoint}`);
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    const engine = target.kind === "unix" ? createConnection(target.socketPath) : createConnection(target.port, target.host);
    for (const s of [client, engine]) {
      open.add(s);
      s.on("error", () => s.destroy());
      s.on("close", () => open.delete(s));
    }
    client.pipe(engine).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(socketPath, () =>
      resolve({
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of open) s.destroy();
          }),
      }),
    ),
  );
}

beforeAll(async () => {
  controlPlane = await startControlPlane(TOKEN);
  agent = startAgent({
    serverUrl: controlPlane.url,
    credential: TOKEN,
    dockerEndpoint: socketPath,
    logger: createLogger("agent-test", () => undefined),
  });
  await eventually("the agent to be accepted", () => agent.connected());
});

afterAll(async () => {
  await agent?.stop();
  await controlPlane?.close();
  await sandbox.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("the agent's engine watch", () => {
  it("says in its hello that the engine is unreachable, naming the socket", () => {
    expect(controlPlane.hellos[0]?.engine).toMatchObject({ reachable: false, endpoint: `unix://${socketPath}` });
  });

  it("reports the engine when it answers, forwards its events, and reports it gone when it goes", async () => {
    const proxy = await startEngineProxy();
    await eventually("a reachable status", () => controlPlane.statuses.some((s) => s.reachable), 20_000);

    const id = await sandbox.container("watched", { start: false });
    await sandbox.restartUntil(
      id,
      eventually("the container's start event", () => controlPlane.batches.some((b) => b.events.some((e) => e.actorId === id))),
    );

    const before = controlPlane.statuses.length;
    await proxy.stop();
    const gone = await eventually("an unreachable status", () => controlPlane.statuses.slice(before).find((s) => !s.reachable), 20_000);
    expect(gone).toMatchObject({ endpoint: `unix://${socketPath}`, error: expect.stringContaining(socketPath) });

    const again = await startEngineProxy();
    await eventually("a reachable status again", () => controlPlane.statuses.slice(before).some((s) => s.reachable), 20_000);
    await again.stop();
  });
});
