import { Channels, DEFAULT_WINDOW, type Channel } from "@wheelhouse/channels";
import { connectSocketPair, type SocketPair } from "@wheelhouse/channels/testing/socket-pair";
import { AgentStream, type AgentExecParams } from "@wheelhouse/protocol";
import { createDockerRuntime, ExecSessions } from "@wheelhouse/runtime";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveExec } from "./exec-stream.ts";

const MAX_FRAME = 64 * 1024;
const sandbox = createEngineSandbox();
let pair: SocketPair;
let controlPlane: Channels;
let agent: Channels;
let sessions: ExecSessions;
let containerId: string;

beforeAll(async () => {
  containerId = await sandbox.container("exec-stream");
  pair = await connectSocketPair();
  controlPlane = new Channels(pair.server);
  agent = new Channels(pair.client);
  sessions = new ExecSessions({
    graceMs: 500,
    onTerminateFailed: (info, error) => {
      throw new Error(`session ${info.id} could not be ended`, { cause: error });
    },
  });
  serveExec(agent, createDockerRuntime({ endpoint: sandbox.endpoint }), sessions);
});

afterAll(async () => {
  await sessions.terminateAll();
  agent.dispose();
  controlPlane.dispose();
  await pair.close();
  await sandbox.cleanup();
});

async function open(params: AgentExecParams): Promise<Channel> {
  const reply = await controlPlane.open(AgentStream.exec, params);
  if (!reply.ok) throw new Error(`${reply.code}: ${reply.message}`);
  return reply.data;
}

describe("the agent's exec stream", () => {
  it("pauses the exec while its viewer takes nothing, holding no more than the viewer's window, and delivers every byte once it reads", async () => {
    const total = 16 * 1024 * 1024;
    const channel = await open({ containerId, command: ["head", "-c", String(total), "/dev/zero"], tty: false, cols: 80, rows: 24, owner: "alice" });
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const sending = agent.health().find((health) => health.id === channel.id)?.sending;
    expect(sending?.upstream).toBe("paused");
    expect(sending?.sentBytes).toBeLessThanOrEqual(DEFAULT_WINDOW.window);
    expect(sending?.peakHeldBytes).toBeLessThanOrEqual(DEFAULT_WINDOW.window + MAX_FRAME);
    expect(sessions.list()).toMatchObject([{ owner: "alice", attached: true }]);

    let received = 0;
    const controls: unknown[] = [];
    for await (const frame of channel.frames) {
      if (frame instanceof Uint8Array) received += frame.byteLength;
      else controls.push(...frame);
    }
    expect(received).toBe(total);
    expect(controls).toEqual([{ type: "session", id: expect.stringMatching(/^[0-9a-f]{64}$/), resumed: false }, { type: "exit", code: 0 }]);
  });

  it("refuses a reattach that names another container than the session's", async () => {
    const channel = await open({ containerId, command: ["sh"], tty: true, cols: 80, rows: 24, owner: "alice" });
    const [id] = sessions.list().map((session) => session.id);
    const reply = await controlPlane.open(AgentStream.exec, { attach: id, containerId: sandbox.name("elsewhere"), owner: "alice", cols: 80, rows: 24 });
    expect(reply).toMatchObject({ ok: false, code: "NOT_FOUND" });
    channel.close();
  });

  it("closes the channel on a control message it does not know", async () => {
    const channel = await open({ containerId, command: ["sh"], tty: true, cols: 80, rows: 24, owner: "alice" });
    channel.send(
      (async function* () {
        yield [{ type: "signal", name: "KILL" }];
      })(),
    );
    expect(await channel.closed).toMatchObject({ by: "peer", outcome: "error", code: "BAD_REQUEST", message: expect.stringContaining("control message") });
  });
});
