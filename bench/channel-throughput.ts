/**
 * Throughput of one channel over loopback socket.io, against a plain socket.io emit loop with no
 * flow control measured in the same run. Each case runs in its own child process so its peak
 * memory and its CPU time are its own; CPU time per MB is the figure to compare on a shared
 * machine, where wall-clock throughput follows the load. Run: npx tsx bench/channel-throughput.ts [megabytes]
 */
import { fork } from "node:child_process";
import { Channels, type WindowSize } from "@wheelhouse/channels";
import { connectSocketPair, type SocketPair } from "../packages/channels/src/testing/socket-pair.ts";
import { byteSource } from "../packages/channels/src/testing/sources.ts";

const CHUNK = 64 * 1024;
const LINES_PER_BATCH = 100;
const line = (n: number) => ({ t: "2025-01-01T00:00:00.000000000Z", stream: "stdout", text: `line ${n} of the benchmark's log output` });

interface Figures {
  seconds: number;
  cpuSeconds: number;
  bytes: number;
  messages: number;
  peakRssMb: number;
}

type Run = (pair: SocketPair) => Promise<{ bytes: number; messages: number }>;
/** Prepares what a case needs before the clock starts; the run it returns is what is timed. */
type Case = { name: string; prepare: (megabytes: number) => Run };

const CASES: Record<string, Case> = {
  "channel-bytes": { name: "channel, 64 KiB binary frames, 256 KiB window", prepare: (mb) => (pair) => channelBytes(pair, mb, { window: 256 * 1024, lowWatermark: 128 * 1024 }) },
  "channel-bytes-1m": { name: "channel, 64 KiB binary frames, 1 MiB window", prepare: (mb) => (pair) => channelBytes(pair, mb, { window: 1024 * 1024, lowWatermark: 512 * 1024 }) },
  "plain-bytes": { name: "plain emit loop, 64 KiB binary (baseline)", prepare: (mb) => (pair) => plainBytes(pair, mb) },
  "channel-lines": { name: `channel, JSON batches of ${LINES_PER_BATCH} lines`, prepare: (mb) => linesRun(mb, channelLines) },
  "plain-lines": { name: `plain emit loop, JSON batches of ${LINES_PER_BATCH} lines (baseline)`, prepare: (mb) => linesRun(mb, plainLines) },
};

async function channelBytes(pair: SocketPair, megabytes: number, window: WindowSize) {
  const sender = new Channels(pair.server, { window });
  const receiver = new Channels(pair.client, { window });
  sender.handle("bulk", (channel) => void channel.send(byteSource(megabytes * 1024 * 1024, CHUNK)));
  const opened = await receiver.open("bulk", {});
  if (!opened.ok) throw new Error(opened.message);
  let bytes = 0;
  let messages = 0;
  for await (const frame of opened.data.frames) {
    bytes += (frame as Uint8Array).byteLength;
    messages += 1;
  }
  return { bytes, messages };
}

async function plainBytes(pair: SocketPair, megabytes: number) {
  const total = megabytes * 1024 * 1024;
  const done = new Promise<{ bytes: number; messages: number }>((resolve) => {
    let bytes = 0;
    let messages = 0;
    pair.client.on("bulk", (chunk: Buffer) => {
      bytes += chunk.byteLength;
      messages += 1;
      if (bytes >= total) resolve({ bytes, messages });
    });
  });
  for await (const chunk of byteSource(total, CHUNK)) pair.server.emit("bulk", chunk);
  return done;
}

function batchesFor(megabytes: number): number {
  return Math.ceil((megabytes * 1024 * 1024) / (JSON.stringify(line(0)).length * LINES_PER_BATCH));
}

const batch = (index: number) => Array.from({ length: LINES_PER_BATCH }, (_, n) => line(index * LINES_PER_BATCH + n));

async function* lineBatches(count: number) {
  for (let index = 0; index < count; index++) yield batch(index);
}

/** The JSON size of what lineBatches yields, counted before the clock starts so receivers only count lines. */
function jsonBytesOf(count: number): number {
  let bytes = 0;
  for (let index = 0; index < count; index++) bytes += JSON.stringify(batch(index)).length;
  return bytes;
}

function linesRun(megabytes: number, deliver: (pair: SocketPair, count: number) => Promise<number>): Run {
  const count = batchesFor(megabytes);
  const bytes = jsonBytesOf(count);
  return async (pair) => ({ bytes, messages: await deliver(pair, count) });
}

async function channelLines(pair: SocketPair, count: number) {
  const sender = new Channels(pair.server);
  const receiver = new Channels(pair.client);
  sender.handle("lines", (channel) => void channel.send(lineBatches(count)));
  const opened = await receiver.open("lines", {});
  if (!opened.ok) throw new Error(opened.message);
  let messages = 0;
  for await (const batch of opened.data.frames) messages += (batch as unknown[]).length;
  return messages;
}

async function plainLines(pair: SocketPair, count: number) {
  const done = new Promise<number>((resolve) => {
    let messages = 0;
    pair.client.on("lines", (batch: unknown[]) => {
      messages += batch.length;
      if (messages === count * LINES_PER_BATCH) resolve(messages);
    });
  });
  for await (const batch of lineBatches(count)) pair.server.emit("lines", batch);
  return done;
}

async function measure(caseName: string, megabytes: number): Promise<Figures> {
  const chosen = CASES[caseName];
  if (!chosen) throw new Error(`no case ${caseName}`);
  const run = chosen.prepare(megabytes);
  const pair = await connectSocketPair();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { bytes, messages } = await run(pair);
  const cpu = process.cpuUsage(cpuBefore);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await pair.close();
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, bytes, messages, peakRssMb: (peakRss - baseRss) / 1024 / 1024 };
}

function runInChild(caseName: string, megabytes: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url).pathname, ["--case", caseName, String(megabytes)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.once("message", (figures) => resolve(figures as Figures));
    child.once("exit", (code) => code !== 0 && reject(new Error(`${caseName} exited with ${code}`)));
  });
}

async function main() {
  const [flag, caseName, size] = process.argv.slice(2);
  if (flag === "--case" && caseName) {
    process.send?.(await measure(caseName, Number(size)));
    process.exit(0);
  }
  const megabytes = Number(flag ?? 100);
  console.log(`${megabytes} MB per case over loopback socket.io (websocket), sender and receiver in one process per case\n`);
  console.log("case".padEnd(58), "MB/s".padStart(8), "msgs/s".padStart(10), "CPU ms/MB".padStart(10), "peak RSS growth".padStart(16));
  for (const caseName of Object.keys(CASES)) {
    const figures = await runInChild(caseName, megabytes);
    const mbps = figures.bytes / 1024 / 1024 / figures.seconds;
    console.log(
      CASES[caseName]!.name.padEnd(58),
      mbps.toFixed(1).padStart(8),
      Math.round(figures.messages / figures.seconds).toString().padStart(10),
      ((figures.cpuSeconds * 1000) / (figures.bytes / 1024 / 1024)).toFixed(1).padStart(10),
      `${figures.peakRssMb.toFixed(0)} MB`.padStart(16),
    );
  }
  console.log("\nmsgs/s counts frames for binary cases and log lines for JSON cases.");
}

void main();
