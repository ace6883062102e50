import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ChannelEvent } from "@wheelhouse/protocol";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Channels, type Channel, type ChannelProblem, type Payload } from "./index.ts";
import { connectInProcessPair, type InProcessPair } from "./testing/in-process-pair.ts";
import { connectSocketPair, type SocketPair } from "./testing/socket-pair.ts";
import { byteSource } from "./testing/sources.ts";

const WINDOW = { window: 256 * 1024, lowWatermark: 128 * 1024 };
const CHUNK = 64 * 1024;

// Every test runs over socket.io, as to a remote agent, and over the in-process link of the local node's agent.
const TRANSPORTS = [
  ["socket.io", connectSocketPair],
  ["the in-process link", connectInProcessPair],
] as const;
let connectPair: () => Promise<SocketPair | InProcessPair> = connectSocketPair;
let pair: SocketPair | InProcessPair;
let ends: Channels[] = [];
const warnings: string[] = [];
const logger = { warn: (line: string) => void warnings.push(line) };

async function connect(options: { stallMs?: number; onProblem?: (problem: ChannelProblem) => void } = {}) {
  pair = await connectPair();
  const server = new Channels(pair.server, { window: WINDOW, logger, ...options });
  const client = new Channels(pair.client, { window: WINDOW, logger, ...options });
  ends = [server, client];
  return { server, client };
}

afterEach(async () => {
  for (const end of ends) end.dispose();
  await pair.close();
  warnings.length = 0;
});

async function opened(reply: Promise<Awaited<ReturnType<Channels["open"]>>>): Promise<Channel> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`open failed: ${answer.message}`);
  return answer.data;
}

const bytesOf = (payload: Payload) => {
  if (!(payload instanceof Uint8Array)) throw new Error("expected bytes");
  return payload;
};

/** Heap and buffer memory still referenced after a full collection. */
function retainedMemory(): () => number {
  setFlagsFromString("--expose-gc");
  const collect = runInNewContext("gc") as () => void;
  return () => {
    collect();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
}

async function hashOf(source: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of source) hash.update(chunk);
  return hash.digest("hex");
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe.each(TRANSPORTS)("over %s", (_name, connectWith) => {
  beforeAll(() => {
    connectPair = connectWith;
  });

  describe("a channel", () => {
    it("carries 100 MB intact to a slow consumer while the sender holds at most the window plus one chunk", async () => {
      const { server, client } = await connect();
      const total = 100 * 1024 * 1024;
      const source = byteSource(total, CHUNK);
      let serverChannel: Channel | undefined;
      server.handle("bulk", (channel) => {
        serverChannel = channel;
        channel.send(source);
      });
      const channel = await opened(client.open("bulk", {}));

      const retained = retainedMemory();
      const memoryBefore = retained();
      let peakGrowth = 0;
      const received = createHash("sha256");
      let receivedBytes = 0;
      let frames = 0;
      for await (const payload of channel.frames) {
        received.update(bytesOf(payload));
        receivedBytes += payload.length;
        if (++frames % 8 === 0) await sleep(1);
        if (frames % 100 === 0) peakGrowth = Math.max(peakGrowth, retained() - memoryBefore);
      }

      expect(await channel.closed).toEqual({ by: "peer", outcome: "end" });
      expect(receivedBytes).toBe(total);
      expect(received.digest("hex")).toBe(await hashOf(byteSource(total, CHUNK)));
      const sending = serverChannel?.health().sending;
      expect(sending?.sentBytes).toBe(total);
      expect(sending?.peakHeldBytes).toBeLessThanOrEqual(WINDOW.window + CHUNK);
      // Loose on purpose: buffering the stream anywhere would retain up to 100 MB.
      expect(peakGrowth).toBeLessThan(16 * 1024 * 1024);
    });

    it("pauses the upstream Readable when credit runs out and resumes it as the consumer drains", async () => {
      const { server, client } = await connect();
      const source = byteSource(Infinity, CHUNK);
      server.handle("endless", (channel) => void channel.send(source));
      const channel = await opened(client.open("endless", {}));

      await until(() => source.isPaused(), "the upstream to pause");
      const readsWhenPaused = source.reads;
      await sleep(300);
      expect(source.isPaused()).toBe(true);
      expect(source.reads).toBe(readsWhenPaused);

      const frames = channel.frames[Symbol.asyncIterator]();
      for (let taken = 0; taken < 8; taken++) await frames.next();
      await until(() => source.reads > readsWhenPaused, "the upstream to be read again");
      channel.close();
      await until(() => source.destroyed, "the upstream to be destroyed");
    });

    it("keeps channels on one socket independent: a stalled consumer does not stop another channel", async () => {
      const { server, client } = await connect();
      const stalledSource = byteSource(Infinity, CHUNK);
      server.handle("stream", (channel, params) => {
        channel.send(params === "stalled" ? stalledSource : byteSource(8 * 1024 * 1024, CHUNK));
      });
      const stalled = await opened(client.open("stream", "stalled"));
      const flowing = await opened(client.open("stream", "flowing"));

      let received = 0;
      for await (const payload of flowing.frames) received += bytesOf(payload).length;
      expect(received).toBe(8 * 1024 * 1024);
      expect(stalledSource.isPaused()).toBe(true);
      expect(stalled.health().receiving.bufferedBytes).toBeLessThanOrEqual(WINDOW.window);
    });

    it("echoes frames back over a duplex channel, relaying one channel's frames as another's source", async () => {
      const { server, client } = await connect();
      server.handle("echo", (channel) => void channel.send(channel.frames));
      const channel = await opened(client.open("echo", {}));
      const input = byteSource(3 * 1024 * 1024 + 17, 1000);
      const sentHash = createHash("sha256");
      input.on("data", (chunk: Buffer) => sentHash.update(chunk));
      channel.send(input);
      const echoed = createHash("sha256");
      let bytes = 0;
      for await (const payload of channel.frames) {
        echoed.update(bytesOf(payload));
        bytes += payload.length;
        if (bytes === 3 * 1024 * 1024 + 17) break;
      }
      expect(echoed.digest("hex")).toBe(sentHash.digest("hex"));
    });

    it("carries JSON batches, and an upstream that fails closes its channel with the failure at both ends", async () => {
      const { server, client } = await connect();
      server.handle("lines", (channel) => {
        channel.send(
          (async function* () {
            yield [{ line: "one" }, { line: "two" }];
            yield [{ line: "three" }];
            throw new Error("the engine went away");
          })(),
        );
      });
      const channel = await opened(client.open("lines", {}));
      const batches: unknown[] = [];
      for await (const payload of channel.frames) batches.push(payload);
      expect(batches).toEqual([[{ line: "one" }, { line: "two" }], [{ line: "three" }]]);
      expect(await channel.closed).toEqual({ by: "peer", outcome: "error", code: "INTERNAL", message: "the stream failed: the engine went away" });
    });
  });

  describe("channel teardown", () => {
    it("destroys the upstream when the opener closes, and ends the opener's frames when the acceptor closes", async () => {
      const { server, client } = await connect();
      const sources = [byteSource(Infinity), byteSource(Infinity)];
      const accepted: Channel[] = [];
      server.handle("endless", (channel) => {
        accepted.push(channel);
        channel.send(sources[accepted.length - 1]!);
      });
      const first = await opened(client.open("endless", {}));
      const second = await opened(client.open("endless", {}));

      first.close();
      expect(await accepted[0]!.closed).toEqual({ by: "peer", outcome: "cancel" });
      await until(() => sources[0]!.destroyed, "the first upstream to be destroyed");

      accepted[1]!.close({ code: "FORBIDDEN", message: "no longer allowed" });
      expect(await second.closed).toEqual({ by: "peer", outcome: "error", code: "FORBIDDEN", message: "no longer allowed" });
      expect(sources[1]!.destroyed).toBe(true);
      for await (const _ of second.frames);
      expect(server.health()).toEqual([]);
      expect(client.health()).toEqual([]);
    });

    it("closes every channel at both ends and destroys every upstream when the connection drops", async () => {
      const { server, client } = await connect();
      const upstreams: { destroyed: boolean }[] = [];
      let generatorFinished = false;
      server.handle("endless", (channel) => {
        const source = byteSource(Infinity);
        upstreams.push(source);
        channel.send(source);
      });
      server.handle("ticks", (channel) => {
        channel.send(
          (async function* () {
            try {
              for (;;) {
                yield [Date.now()];
                await sleep(5);
              }
            } finally {
              generatorFinished = true;
            }
          })(),
        );
      });
      const clientChannels = await Promise.all([opened(client.open("endless", {})), opened(client.open("endless", {})), opened(client.open("ticks", {}))]);
      const clientOutcomes = Promise.all(clientChannels.map((channel) => channel.closed));

      pair.drop();

      expect(await clientOutcomes).toEqual(clientChannels.map(() => ({ by: "connection", outcome: "disconnect" })));
      await until(() => upstreams.every((source) => source.destroyed) && generatorFinished, "every upstream to be destroyed");
      expect(server.health()).toEqual([]);
      const reply = await client.open("endless", {});
      expect(reply).toMatchObject({ ok: false, code: "AGENT_UNAVAILABLE" });
    });
  });

  describe("bad input on a channel socket", () => {
    it("answers a malformed or unknown open with an error reply and drops what it cannot answer", async () => {
      const { server } = await connect();
      server.handle("known", () => undefined);
      const ask = (payload: unknown) => new Promise((resolve) => pair.client.emit(ChannelEvent.open, payload, resolve));

      expect(await ask({ channelId: "x" })).toMatchObject({ ok: false, code: "BAD_REQUEST" });
      expect(await ask({ channelId: "x", kind: "unknown", params: {}, credit: 10 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await ask({ channelId: "x", kind: "known", params: {}, credit: 10 })).toEqual({ ok: true, data: { credit: WINDOW.window } });
      expect(await ask({ channelId: "x", kind: "known", params: {}, credit: 10 })).toMatchObject({ ok: false, code: "CONFLICT" });

      pair.client.emit(ChannelEvent.open, { channelId: "y", kind: "known", params: {}, credit: 10 });
      pair.client.emit(ChannelEvent.data, { channelId: "x", seq: "zero", bytes: "not bytes" });
      pair.client.emit(ChannelEvent.credit, { channelId: "x", bytes: -5 });
      pair.client.emit(ChannelEvent.close, "nonsense");
      await until(() => warnings.length >= 4, "the dropped messages to be logged");
      expect(warnings).toEqual([
        "dropped a channel open without an acknowledgement",
        "dropped a malformed channel data message",
        "dropped a malformed channel credit message",
        "dropped a malformed channel close message",
      ]);
      expect(server.health().map((channel) => channel.id)).toEqual(["x"]);
    });

    it("closes a channel whose peer sends beyond its credit or out of order, with an error the peer sees", async () => {
      const { server } = await connect();
      const accepted: Channel[] = [];
      server.handle("sink", (channel) => void accepted.push(channel));
      const closes: unknown[] = [];
      pair.client.on(ChannelEvent.close, (close) => closes.push(close));
      const ask = (channelId: string) => new Promise((resolve) => pair.client.emit(ChannelEvent.open, { channelId, kind: "sink", params: {}, credit: 0 }, resolve));

      await ask("greedy");
      pair.client.emit(ChannelEvent.data, { channelId: "greedy", seq: 0, kind: "bytes", bytes: Buffer.alloc(WINDOW.window) });
      pair.client.emit(ChannelEvent.data, { channelId: "greedy", seq: 1, kind: "bytes", bytes: Buffer.alloc(1) });
      await ask("jumpy");
      pair.client.emit(ChannelEvent.data, { channelId: "jumpy", seq: 3, kind: "bytes", bytes: Buffer.alloc(1) });

      await until(() => closes.length === 2, "both channels to be closed");
      expect(closes).toEqual([
        { channelId: "greedy", outcome: "error", code: "BAD_REQUEST", message: "channel greedy received more than the credit it granted" },
        { channelId: "jumpy", outcome: "error", code: "BAD_REQUEST", message: "channel jumpy expected frame 0, got 3" },
      ]);
      expect(accepted[0]!.health().receiving.bufferedBytes).toBe(WINDOW.window);
    });

    it("refuses an open its handler refuses or fails on, with the handler's error or INTERNAL", async () => {
      const { server, client } = await connect();
      server.handle("refused", () => ({ ok: false, code: "FORBIDDEN", message: "not yours" }));
      server.handle("broken", () => {
        throw new Error("boom");
      });
      expect(await client.open("refused", {})).toEqual({ ok: false, code: "FORBIDDEN", message: "not yours" });
      expect(await client.open("broken", {})).toEqual({ ok: false, code: "INTERNAL", message: "the broken channel could not be opened" });
      expect(server.health()).toEqual([]);
      expect(client.health()).toEqual([]);
    });
  });

  describe("channel health", () => {
    it("reports a channel whose consumer stalls and whose sender waits for credit, not just the connection", async () => {
      const problems: ChannelProblem[] = [];
      const { server, client } = await connect({ stallMs: 200, onProblem: (problem) => void problems.push(problem) });
      server.handle("endless", (channel) => void channel.send(byteSource(Infinity)));
      const channel = await opened(client.open("endless", {}));
      await until(() => problems.length >= 2, "both stalls to be reported");
      expect(new Set(problems.map((problem) => `${problem.channelId} ${problem.problem}`))).toEqual(
        new Set([`${channel.id} waiting-for-credit`, `${channel.id} consumer-stalled`]),
      );
    });
  });
});
