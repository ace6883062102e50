/**
 * The local node's agent carries its streams on the in-process link, not on its socket: a real
 * agent and the real agent links, on a bare socket.io server that accepts its hello. The link
 * drops with the socket, is claimed again by the socket the agent reconnects on, and serves
 * streams again; an agent on another socket (a remote node) keeps its channels on its socket.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startAgent, type AgentHandle } from "@wheelhouse/agent";
import { InProcessLink, type Channel } from "@wheelhouse/channels";
import { AGENT_NAMESPACE, AgentEvent, AgentStream, ChannelEvent, ok } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/until";
import { Server, type Socket } from "socket.io";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AgentSocket } from "../sockets/namespaces.ts";
import { createAgentLinks } from "./agent-links.ts";

const sandbox = createEngineSandbox();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const link = new InProcessLink();
const links = createAgentLinks(quiet, link);
const http = createServer();
const io = new Server(http);
/** Channel messages seen on agent sockets, by node. */
const onSocket = new Map<string, number>();
const sockets = new Map<string, Socket>();
const agents: AgentHandle[] = [];
let url: string;
let containerId: string;

beforeAll(async () => {
  io.of(AGENT_NAMESPACE).on("connection", (socket) => {
    const nodeId = String(socket.handshake.auth.credential).slice(0, 6);
    const count = (event: string) => {
      if (Object.values<string>(ChannelEvent).includes(event)) onSocket.set(nodeId, (onSocket.get(nodeId) ?? 0) + 1);
    };
    socket.onAny(count);
    socket.onAnyOutgoing(count);
    socket.on(AgentEvent.hello, (_hello: unknown, ack: (reply: unknown) => void) => {
      ack(ok({ nodeId, heartbeatMs: 60_000 }));
      sockets.set(nodeId, socket);
      links.attach(nodeId, socket as unknown as AgentSocket);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  agents.push(startAgent({ serverUrl: url, credential: "local-agent-credential-0123", dockerEndpoint: sandbox.endpoint, logger: quiet, inProcessLink: link }));
  agents.push(startAgent({ serverUrl: url, credential: "remote-agent-credential-0123", dockerEndpoint: sandbox.endpoint, logger: quiet }));
  await until(() => links.connected("local-") && links.connected("remote"), "both agents to be linked");
  containerId = await sandbox.container("in-process-link", { command: ["sh", "-c", "seq 1 500; exec sleep 600"] });
}, 60_000);

afterAll(async () => {
  for (const agent of agents) await agent.stop();
  await new Promise((resolve) => io.close(resolve));
  await sandbox.cleanup();
});

async function readLines(nodeId: string): Promise<number> {
  const reply = await links.open(nodeId, AgentStream.logs, { containerId });
  if (!reply.ok) throw new Error(reply.message);
  return countLines(reply.data);
}

async function countLines(channel: Channel): Promise<number> {
  let lines = 0;
  for await (const frame of channel.frames) {
    for (const batch of frame as { lines: unknown[] }[]) lines += batch.lines.length;
  }
  return lines;
}

it("carries the local agent's streams on the link, and a remote agent's on its socket", async () => {
  await until(async () => (await readLines("local-")) === 500, "the container's 500 lines through the local agent");
  expect(onSocket.get("local-") ?? 0).toBe(0);
  expect(await readLines("remote")).toBe(500);
  expect(onSocket.get("remote")).toBeGreaterThan(0);
});

it("drops the link's streams with the agent's socket, and serves again once the agent is back", async () => {
  const reply = await links.open("local-", AgentStream.logs, { containerId, follow: true });
  if (!reply.ok) throw new Error(reply.message);
  const before = sockets.get("local-");
  before?.disconnect(true);
  expect(await reply.data.closed).toEqual({ by: "connection", outcome: "disconnect" });
  expect(link.connected).toBe(false);

  await until(() => sockets.get("local-") !== before && links.connected("local-"), "the local agent to come back", 20_000);
  expect(link.connected).toBe(true);
  expect(await readLines("local-")).toBe(500);
  expect(onSocket.get("local-") ?? 0).toBe(0);
}, 30_000);
