/**
 * Logs end to end: a container's log read by a headless browser (socket.io-client + Channels,
 * signed in) through the agent and the control plane, against a plain follow of the Engine API
 * (dockerode + Docker's demuxer) and `docker logs -f`, on the same container in the same run.
 * The control plane runs in a child process (bench/plane-processes.ts) with the local node's agent
 * in it, as it is deployed, or with the agent in a process of its own, as on a remote node; the
 * subscriber and the baselines run here. CPU seconds are printed for the control plane and agent
 * ("plane"), dockerd and this process: on a shared machine they say more than the rates do.
 *
 * - written: a 1,000,000-line `seq` log already written, followed from its start to its last line
 *   (for Wheelhouse, that is the viewer's history read). Best of N runs, interleaved.
 * - burst: each reader follows a fresh container before it writes the 1,000,000 lines at once.
 * - latency: a writer pacing about 10,000 lines/s for 10 s; each line's latency is its receipt
 *   time minus the timestamp the engine gave it (one clock: all on this machine).
 *
 *   npx tsx bench/logs-end-to-end.ts [runs] [lines] [in-process|separate]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PassThrough, type Readable } from "node:stream";
import { Channels } from "../packages/channels/src/index.ts";
import { BROWSER_NAMESPACE, BROWSER_STREAM_WINDOW, BrowserStream, type LogStreamMessage } from "../packages/protocol/src/index.ts";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";
import { io } from "socket.io-client";
import { cpuSeconds, startPlaneProcesses, type AgentPlacement } from "./plane-processes.ts";

const RUNS = Number(process.argv[2] ?? 3);
const LINES = Number(process.argv[3] ?? 1_000_000);
const AGENT = (process.argv[4] ?? "in-process") as AgentPlacement;
const PACED_SECONDS = 10;

await bench();

type Reader = (id: string, stop: number, onLine?: (ts: string) => void) => Promise<number>;

async function bench(): Promise<void> {
  const sandbox = createEngineSandbox();
  const plane = await startPlaneProcesses(AGENT);
  try {
    const socket = io(`${plane.url}${BROWSER_NAMESPACE}`, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie: plane.cookie } });
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    const channels = new Channels(socket, { window: BROWSER_STREAM_WINDOW });

    const readers: Record<string, Reader> = {
      "wheelhouse (agent + control plane)": (id, stop, onLine) => throughWheelhouse(channels, plane.nodeId, id, stop, onLine),
      "Engine API follow (baseline)": (id, stop, onLine) => engineFollow(sandbox, id, stop, onLine),
      "docker logs -f": (id, stop, onLine) => cliFollow(id, stop, onLine),
    };
    const cpu = { plane: () => plane.cpuSeconds(), dockerd: () => cpuSeconds(Number(readFileSync("/var/run/docker.pid", "utf8"))), here: () => process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6 };

    console.log(`agent ${AGENT === "in-process" ? "in the control plane's process (the local node)" : "in a process of its own (a remote node)"}\n`);
    console.log(`written: ${LINES.toLocaleString("en")} lines already in the log, followed from the start; best of ${RUNS}, interleaved`);
    const written = await sandbox.container("logs-server-bench", { command: ["sh", "-c", `seq 1 ${LINES}; exec sleep 3600`] });
    await readers["docker logs -f"]?.(written, LINES);
    const best = new Map<string, { rate: number; cpu: string }>();
    for (let run = 0; run < RUNS; run += 1) {
      for (const [name, read] of Object.entries(readers)) {
        const before = { plane: cpu.plane(), dockerd: cpu.dockerd(), here: cpu.here() };
        const started = performance.now();
        const count = await read(written, LINES);
        const seconds = (performance.now() - started) / 1000;
        if (count !== LINES) throw new Error(`${name} read ${count} lines, not ${LINES}`);
        const used = `plane ${(cpu.plane() - before.plane).toFixed(1)} s, dockerd ${(cpu.dockerd() - before.dockerd).toFixed(1)} s, subscriber ${(cpu.here() - before.here).toFixed(1)} s`;
        if (LINES / seconds > (best.get(name)?.rate ?? 0)) best.set(name, { rate: LINES / seconds, cpu: used });
      }
    }
    printRates(best);

    console.log(`\nburst: each reader follows a fresh container, which then writes ${LINES.toLocaleString("en")} lines`);
    const bursts = new Map<string, { rate: number; cpu: string }>();
    for (const [name, read] of Object.entries(readers)) {
      const id = await sandbox.container(`logs-server-burst-${bursts.size}`, { command: ["sh", "-c", `sleep 3; seq 1 ${LINES}; exec sleep 3600`] });
      let first = 0;
      const count = await read(id, LINES, () => (first ||= performance.now()));
      const seconds = (performance.now() - first) / 1000;
      if (count !== LINES) throw new Error(`${name} read ${count} lines, not ${LINES}`);
      bursts.set(name, { rate: LINES / seconds, cpu: "" });
    }
    printRates(bursts);

    console.log(`\nlatency: about 10,000 lines/s for ${PACED_SECONDS} s, receipt time minus the engine's timestamp`);
    const paced = `sleep 2; awk 'BEGIN { for (i = 1; i <= ${PACED_SECONDS * 10_000}; i++) { print i; if (i % 100 == 0) { fflush(); system("usleep 7000") } } }'; exec sleep 3600`;
    for (const [name, read] of Object.entries(readers)) {
      const id = await sandbox.container(`logs-server-paced-${name.length}`, { command: ["sh", "-c", paced] });
      const latencies: number[] = [];
      const stamps: string[] = [];
      await read(id, PACED_SECONDS * 10_000, (ts) => {
        latencies.push(performance.timeOrigin + performance.now() - epochMs(ts));
        if (stamps.length < 2) stamps.push(ts);
        else stamps[1] = ts;
      });
      latencies.sort((a, b) => a - b);
      const at = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN).toFixed(1);
      const rate = latencies.length / ((epochMs(stamps[1] ?? "") - epochMs(stamps[0] ?? "")) / 1000);
      console.log(`${name.padEnd(36)} p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  max ${at(1)} ms  (${Math.round(rate).toLocaleString("en")} lines/s written)`);
    }
    socket.close();
  } finally {
    plane.close();
    await sandbox.cleanup();
  }
}

function printRates(rates: Map<string, { rate: number; cpu: string }>): void {
  const baseline = rates.get("Engine API follow (baseline)")?.rate ?? 1;
  for (const [name, { rate, cpu }] of rates) {
    console.log(`${name.padEnd(36)} ${Math.round(rate).toLocaleString("en").padStart(9)} lines/s  ${(rate / baseline).toFixed(2)}x the plain follow  ${cpu}`);
  }
}

/** Follows the container's log through a logs stream, counting lines until `stop`. */
async function throughWheelhouse(channels: Channels, nodeId: string, containerId: string, stop: number, onLine?: (ts: string) => void): Promise<number> {
  const reply = await channels.open(BrowserStream.logs, { target: { kind: "container", nodeId, containerId }, follow: true });
  if (!reply.ok) throw new Error(`the logs stream was refused: ${reply.message}`);
  let count = 0;
  for await (const frame of reply.data.frames) {
    for (const message of frame as LogStreamMessage[]) {
      if (message.type !== "lines") continue;
      if (onLine) for (const line of message.lines) onLine(line.ts);
      count += message.lines.length;
    }
    if (count >= stop) break;
  }
  return count;
}

async function engineFollow(sandbox: ReturnType<typeof createEngineSandbox>, id: string, stop: number, onLine?: (ts: string) => void): Promise<number> {
  const stream = (await sandbox.docker.getContainer(id).logs({ follow: true, stdout: true, stderr: true, timestamps: true })) as Readable;
  const stdout = new PassThrough();
  sandbox.docker.modem.demuxStream(stream, stdout, new PassThrough());
  return countLines(stdout, stop, () => stream.destroy(), onLine);
}

async function cliFollow(id: string, stop: number, onLine?: (ts: string) => void): Promise<number> {
  const child = spawn("docker", ["logs", "--follow", "--timestamps", id], { stdio: ["ignore", "pipe", "ignore"] });
  return countLines(child.stdout, stop, () => child.kill(), onLine);
}

/** Counts lines until `stop`, then calls `done`; hands each line's leading timestamp to `onLine` if given. */
function countLines(stream: Readable, stop: number, done: () => void, onLine?: (ts: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    let partial = "";
    stream.on("data", (chunk: Buffer) => {
      if (onLine) {
        const lines = (partial + chunk.toString("utf8")).split("\n");
        partial = lines.pop() ?? "";
        for (const line of lines) onLine(line.slice(0, 30));
        count += lines.length;
      } else for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
      if (count >= stop) {
        done();
        resolve(count);
      }
    });
    stream.on("end", () => resolve(count));
    stream.on("error", reject);
  });
}

/** A LogTimestamp as milliseconds since the epoch, keeping its microseconds. */
function epochMs(ts: string): number {
  return Date.parse(`${ts.slice(0, 23)}Z`) + Number(`0.${ts.slice(23, 29)}`);
}
