import { setTimeout as sleep } from "node:timers/promises";
import { ChannelEvent, MAX_FRAME_BYTES } from "@wheelhouse/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { Channels, type Channel } from "./index.ts";
import { HAND_OVER_EVENT } from "./in-process-link.ts";
import { connectInProcessPair, type InProcessPair } from "./testing/in-process-pair.ts";
import { connectSocketPair, type SocketPair } from "./testing/socket-pair.ts";

const MAX_FRAME = 16 * 1024;

let pair: SocketPair | InProcessPair | undefined;
let ends: Channels[] = [];
const warnings: string[] = [];
const logger = { warn: (line: string) => void warnings.push(line) };

async function connect(connectPair: () => Promise<SocketPair | InProcessPair> = connectSocketPair) {
  pair = await connectPair();
  const server = new Channels(pair.server, { maxFrameBytes: MAX_FRAME, logger });
  const client = new Channels(pair.client, { maxFrameBytes: MAX_FRAME, logger });
  ends = [server, client];
  return { server, client, socket: pair.client };
}

afterEach(async () => {
  for (const end of ends) end.dispose();
  ends = [];
  await pair?.close();
  pair = undefined;
  warnings.length = 0;
});

async function opened(reply: ReturnType<Channels["open"]>): Promise<Channel> {
  const answer = await reply;
  if (!answer.ok) throw new Error(`open failed: ${answer.message}`);
  return answer.data;
}

async function* batches(...list: unknown[][]) {
  for (const batch of list) yield batch;
}

async function valuesOf(channel: Channel): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const batch of channel.frames) values.push(...(batch as unknown[]));
  return values;
}

describe("JSON batches over a channel", () => {
  it("deliver awkward values intact, splitting a large batch into frames under the limit and costing exact bytes", async () => {
    const { server, client } = await connect();
    const awkward = ["日本語 🐳 \ud800", 'a "quoted" \\ line\n', { nested: [{ deeper: [null, true, -0.5] }] }, [], {}];
    const large = Array.from({ length: 20_000 }, (_, n) => ({ n, stream: n % 2 ? "stderr" : "stdout", text: `ligne ${n} — ünïcödé 🚢` }));
    let sender: Channel | undefined;
    server.handle("lines", (channel) => {
      sender = channel;
      channel.send(batches(awkward, large));
    });
    const channel = await opened(client.open("lines", {}));

    expect(await valuesOf(channel)).toEqual([...awkward, ...large]);
    const expectedBytes = Buffer.byteLength(JSON.stringify(awkward)) + Buffer.byteLength(JSON.stringify(large));
    const sending = sender!.health().sending!;
    const receiving = channel.health().receiving;
    expect(sending.sentFrames).toBeGreaterThanOrEqual(Math.ceil(expectedBytes / MAX_FRAME));
    expect(receiving.receivedFrames).toBe(sending.sentFrames);
    // Splitting adds brackets and drops commas between halves: a few bytes per frame.
    expect(Math.abs(sending.sentBytes - expectedBytes)).toBeLessThanOrEqual(2 * sending.sentFrames);
    expect(receiving.receivedBytes).toBe(sending.sentBytes);
  });

  it("fails the stream at both ends with a clear error when one value is over the frame limit", async () => {
    const { server, client } = await connect();
    server.handle("lines", (channel) => void channel.send(batches([{ line: "fits" }], [{ line: "x".repeat(MAX_FRAME) }])));
    const channel = await opened(client.open("lines", {}));

    expect(await valuesOf(channel)).toEqual([{ line: "fits" }]);
    expect(await channel.closed).toEqual({
      by: "peer",
      outcome: "error",
      code: "INTERNAL",
      message: `the stream failed: a JSON batch could not be sent: a batch value encodes to ${MAX_FRAME + 11} bytes of JSON, over the ${MAX_FRAME}-byte frame limit`,
    });
  });

  it("closes a channel whose peer sends a batch that is not a JSON array, and drops frames over the protocol's limit", async () => {
    const { server, socket } = await connect();
    const accepted: Channel[] = [];
    server.handle("sink", (channel) => void accepted.push(channel));
    const closes: unknown[] = [];
    socket.on(ChannelEvent.close, (close) => closes.push(close));
    await new Promise((resolve) => socket.emit(ChannelEvent.open, { channelId: "bad", kind: "sink", params: {}, credit: 0 }, resolve));
    socket.emit(ChannelEvent.data, { channelId: "bad", seq: 0, kind: "json", bytes: Buffer.alloc(MAX_FRAME_BYTES + 1) });
    socket.emit(ChannelEvent.data, { channelId: "bad", seq: 0, kind: "json", bytes: Buffer.from('{"not":"an array"}') });
    await sleep(50);

    const frames = accepted[0]!.frames[Symbol.asyncIterator]();
    expect(await frames.next()).toEqual({ done: true, value: undefined });
    for (let waited = 0; closes.length === 0 && waited < 5000; waited += 10) await sleep(10);
    expect(closes).toEqual([{ channelId: "bad", outcome: "error", code: "BAD_REQUEST", message: "channel bad received a malformed JSON batch: a JSON batch must be an array" }]);
    expect(warnings).toEqual(["dropped a malformed channel data message", "channel bad (sink) closed: channel bad received a malformed JSON batch: a JSON batch must be an array"]);
  });

  it("refuses a frame limit over the protocol's", () => {
    expect(() => new Channels({ connected: false, emit: () => undefined, on: () => undefined, off: () => undefined }, { maxFrameBytes: MAX_FRAME_BYTES + 1 })).toThrow(
      `maxFrameBytes must be an integer from 1 to ${MAX_FRAME_BYTES}, not ${MAX_FRAME_BYTES + 1}`,
    );
  });
});

describe("JSON batches handed over in process", () => {
  it("arrive as the very values sent, split under the frame limit, each costing what its JSON would", async () => {
    const { server, client } = await connect(connectInProcessPair);
    const large = Array.from({ length: 20_000 }, (_, n) => ({ n, stream: n % 2 ? "stderr" : "stdout", text: `line ${n}`, gone: undefined }));
    let sender: Channel | undefined;
    server.handle("lines", (channel) => {
      sender = channel;
      channel.send(batches(large));
    });
    const channel = await opened(client.open("lines", {}));

    const values = await valuesOf(channel);
    expect(values).toHaveLength(large.length);
    values.forEach((value, n) => expect(value).toBe(large[n]));
    const expectedBytes = Buffer.byteLength(JSON.stringify(large));
    const sending = sender!.health().sending!;
    expect(sending.sentFrames).toBeGreaterThanOrEqual(Math.ceil(expectedBytes / MAX_FRAME));
    expect(Math.abs(sending.sentBytes - expectedBytes)).toBeLessThanOrEqual(2 * sending.sentFrames);
    expect(channel.health().receiving.receivedBytes).toBe(sending.sentBytes);
  });

  it("fail the stream with the same error a socket gives when one value is over the frame limit", async () => {
    const { server, client } = await connect(connectInProcessPair);
    server.handle("lines", (channel) => void channel.send(batches([{ line: "fits" }], [{ line: "x".repeat(MAX_FRAME) }])));
    const channel = await opened(client.open("lines", {}));

    expect(await valuesOf(channel)).toEqual([{ line: "fits" }]);
    expect(await channel.closed).toMatchObject({
      outcome: "error",
      message: `the stream failed: a JSON batch could not be sent: a batch value encodes to ${MAX_FRAME + 11} bytes of JSON, over the ${MAX_FRAME}-byte frame limit`,
    });
  });

  it("drop a malformed hand-over, saying so", async () => {
    const { socket } = await connect(connectInProcessPair);
    socket.emit(HAND_OVER_EVENT, { channelId: "x", seq: 0, values: "not values", size: 3 });
    await sleep(10);
    expect(warnings).toEqual(["dropped a malformed handed-over batch"]);
  });
});
