import { Channels } from "@wheelhouse/channels";
import { fail, type LogCursor, type LogStreamMessage, type StreamLogLine } from "@wheelhouse/protocol";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server, type Socket as ServerSocket } from "socket.io";
import { io, type Socket as ClientSocket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { followLogStream, type OpenStream, type StreamStatus } from "./follow-log-stream";
import { LogStore } from "./model/log-store";

const A = "a".repeat(64);
const ts = (n: number) => `2026-11-23T13:54:${String(n).padStart(2, "0")}.000000000Z`;
const cursorAfter = (n: number): LogCursor => ({ stdout: { ts: ts(n), countAtTs: 1 }, stderr: { ts: ts(0), countAtTs: 0 } });
const lines = (from: number, to: number): LogStreamMessage => ({
  type: "lines",
  lines: Array.from({ length: to - from + 1 }, (_, i): StreamLogLine => ({ source: A, ts: ts(from + i), stream: "stdout", text: `line ${from + i}` })),
  cursors: { [A]: cursorAfter(to) },
});
const SOURCE: LogStreamMessage = { type: "source", source: { id: A, name: "web.1", nodeId: "n1", nodeName: "vm" } };
const subscription = { target: { kind: "container" as const, nodeId: "n1", containerId: A }, follow: true };

type Serve = (params: unknown, socket: ServerSocket) => AsyncIterable<unknown[]> | ReturnType<typeof fail>;

/** A real socket.io server serving "logs" channels as `serve` says, and a client that reconnects by itself. */
async function plane(serve: Serve) {
  const http = createServer();
  const server = new Server(http);
  server.on("connection", (socket) => {
    new Channels(socket).handle("logs", (channel, params) => {
      const served = serve(params, socket);
      if ("ok" in served) return served;
      channel.send(served);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const client: ClientSocket = io(`http://127.0.0.1:${(http.address() as AddressInfo).port}`, { transports: ["websocket"], reconnectionDelay: 50, forceNew: true });
  const channels = new Channels(client, { unreachableCode: "AGENT_UNAVAILABLE" });
  const open: OpenStream = async (kind, params) => {
    if (!client.connected) await new Promise((resolve) => client.once("connect", () => resolve(null)));
    return channels.open(kind, params);
  };
  closers.push(async () => {
    client.disconnect();
    await new Promise((resolve) => server.close(resolve));
  });
  return { open };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function follow(open: OpenStream) {
  const store = new LogStore();
  const statuses: StreamStatus["phase"][] = [];
  await followLogStream(open, subscription, store, (status) => statuses.push(status.phase), new AbortController().signal);
  const texts = Array.from({ length: store.lineCount }, (_, line) => store.text(line));
  return { store, statuses, texts };
}

describe("following a logs stream", () => {
  it("opens again after the connection drops, resuming from each source's cursor", async () => {
    const opens: unknown[] = [];
    const { open } = await plane((params, socket) => {
      opens.push(params);
      return (async function* () {
        if (opens.length === 1) {
          yield [SOURCE, lines(1, 3)];
          // Once the batch is out, the connection drops under the stream.
          await new Promise((resolve) => setTimeout(resolve, 100));
          socket.conn.close();
          await new Promise(() => undefined);
        }
        yield [SOURCE, lines(4, 5), { type: "caught-up" }];
      })();
    });
    const { texts, statuses, store } = await follow(open);
    expect(opens).toEqual([subscription, { ...subscription, resume: { [A]: cursorAfter(3) } }]);
    expect(texts).toEqual(["line 1", "line 2", "line 3", "line 4", "line 5"]);
    expect(statuses).toEqual(["open", "reconnecting", "open", "ended"]);
    expect([store.sources.length, store.caughtUp]).toEqual([1, true]);
  });

  it("ends at once on a refusal, with the server's words", async () => {
    let opened = 0;
    const { open } = await plane(() => (opened++, fail("FORBIDDEN", "You may not read the logs of web.1.")));
    const store = new LogStore();
    const statuses: StreamStatus[] = [];
    await followLogStream(open, subscription, store, (status) => statuses.push(status), new AbortController().signal);
    expect(statuses).toEqual([{ phase: "failed", code: "FORBIDDEN", message: "You may not read the logs of web.1." }]);
    expect(opened).toBe(1);
  });

  it("tries again when an agent is out of reach", async () => {
    let opened = 0;
    const { open } = await plane(() =>
      ++opened === 1
        ? fail("AGENT_UNAVAILABLE", "The agent of vm is not connected.")
        : (async function* () {
            yield [SOURCE, lines(1, 1)];
          })(),
    );
    const { texts, statuses } = await follow(open);
    expect([opened, texts, statuses]).toEqual([2, ["line 1"], ["reconnecting", "open", "ended"]]);
  });

  it("stops on a message the protocol does not allow, rather than guessing", async () => {
    const { open } = await plane(() =>
      (async function* () {
        yield [SOURCE, { type: "lines", lines: [{ source: A, ts: "yesterday", stream: "stdout", text: "x" }], cursors: {} }];
      })(),
    );
    const { statuses, texts } = await follow(open);
    expect([statuses, texts]).toEqual([["open", "failed"], []]);
  });
});
