import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands, AgentHello, EngineEventBatch, fail, PROTOCOL_VERSION, replySchema } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { createLogger, startAgent, type AgentHandle } from "./index.ts";
import { eventually, startControlPlane, type TestControlPlane } from "./testing/control-plane.ts";

const TOKEN = "agent-test-token-0123456789abcdef";
const sandbox = createEngineSandbox();
const lines: string[] = [];
let controlPlane: TestControlPlane;
let agent: AgentHandle;

beforeAll(async () => {
  controlPlane = await startControlPlane(TOKEN);
  agent = startAgent({
    serverUrl: controlPlane.url,
    credential: TOKEN,
    dockerEndpoint: sandbox.endpoint,
    logger: createLogger("agent-test", (line) => lines.push(line)),
  });
  await eventually("the agent to be accepted", () => agent.connected());
});

afterAll(async () => {
  await agent?.stop();
  await controlPlane?.close();
  await sandbox.cleanup();
});

describe("the agent", () => {
  it("says hello with its engine's status", async () => {
    const hello = AgentHello.parse(controlPlane.hellos[0]);
    expect(hello.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(hello.agentVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(hello.engine).toMatchObject({ reachable: true });
  });

  it("beats at the pace the control plane asked for", async () => {
    await eventually("two heartbeats", () => controlPlane.heartbeats >= 2, 5_000);
  });

  it("answers container.list with data in the protocol's shape", async () => {
    const id = await sandbox.container("listed", { start: false });
    const reply = replySchema(agentCommands["container.list"].output).parse(await controlPlane.command({ name: "container.list", input: {} }));
    expect(reply.ok && reply.data.map((c) => c.id)).toContain(id);
  });

  it("passes the engine's refusals on with their codes", async () => {
    const reply = await controlPlane.command({ name: "container.inspect", input: { id: sandbox.name("missing") } });
    expect(reply).toEqual({ ok: false, code: "NOT_FOUND", message: `No such container: ${sandbox.name("missing")}` });
  });

  it.each([
    ["an unknown command", { name: "container.exec", input: { id: "x" } }],
    ["a path for an id", { name: "container.inspect", input: { id: "../etc" } }],
    ["a missing input field", { name: "container.action", input: { id: "web" } }],
    ["no envelope at all", "container.list"],
  ])("answers BAD_REQUEST to %s and stays connected", async (_, request) => {
    expect(await controlPlane.command(request)).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.any(String) });
    expect(agent.connected()).toBe(true);
  });

  it("ignores a command without an acknowledgement callback, logging it", async () => {
    controlPlane.commandWithoutAck({ name: "container.list", input: {} });
    await eventually("a log line", () => lines.some((line) => line.includes("without an acknowledgement callback")));
    expect(agent.connected()).toBe(true);
  });

  it("forwards engine events in batches", async () => {
    const id = await sandbox.container("evented", { start: false });
    const started = eventually("the container's start event", () =>
      controlPlane.batches.flatMap((batch) => batch.events).find((e) => e.actorId === id && e.action === "start"),
    );
    const event = await sandbox.restartUntil(id, started);
    expect(event).toMatchObject({ type: "container", attributes: { name: sandbox.name("evented") } });
    for (const batch of controlPlane.batches) EngineEventBatch.parse(batch);
  });

  it("reconnects by itself after the control plane restarts, and says hello again", async () => {
    const hellos = controlPlane.hellos.length;
    await controlPlane.restart();
    await eventually("a new hello", () => controlPlane.hellos.length > hellos, 20_000);
    await eventually("the agent to be accepted again", () => agent.connected());
    expect(controlPlane.connectedAgents()).toBe(1);
  });
});

describe("an agent with a wrong token", () => {
  it("is refused, says so once, and keeps trying without crashing", async () => {
    const strict = await startControlPlane(TOKEN);
    const refused: string[] = [];
    const intruder = startAgent({
      serverUrl: strict.url,
      credential: "not-the-right-token-at-all",
      dockerEndpoint: sandbox.endpoint,
      logger: createLogger("agent-test", (line) => refused.push(line)),
    });
    try {
      await eventually("three refused attempts", () => strict.attempts >= 3, 20_000);
      expect(intruder.connected()).toBe(false);
      expect(strict.hellos).toEqual([]);
      expect(refused.filter((line) => line.includes("UNAUTHORIZED"))).toHaveLength(1);
    } finally {
      await intruder.stop();
      await strict.close();
    }
  });
});

describe("an agent whose hello is refused", () => {
  it("says why, hangs up, and tries again later", async () => {
    const picky = await startControlPlane(TOKEN, { answerHello: () => fail("BAD_REQUEST", "protocol version 0 is not supported") });
    const said: string[] = [];
    const refused = startAgent({
      serverUrl: picky.url,
      credential: TOKEN,
      dockerEndpoint: sandbox.endpoint,
      logger: createLogger("agent-test", (line) => said.push(line)),
    });
    try {
      await eventually("a second hello", () => picky.hellos.length >= 2, 20_000);
      expect(refused.connected()).toBe(false);
      expect(said.some((line) => line.includes("refused hello (BAD_REQUEST): protocol version 0 is not supported"))).toBe(true);
    } finally {
      await refused.stop();
      await picky.close();
    }
  });
});
