/**
 * Terminals end to end: keystroke echo round trip and 100 MB of tty output from a browser-side
 * socket through the control plane and its local agent to the engine (the terminal page's own
 * TerminalConnection), against a direct tty exec on a hijacked Engine connection (what
 * `docker exec -it` does) in the same run. The control plane and agent run in a child process,
 * so the memory growth printed is theirs alone. Run: npx tsx bench/exec-end-to-end.ts [keystrokes] [bytes]
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import type { NodeView } from "../packages/api/src/index.ts";
import { until } from "../packages/runtime/src/testing/until.ts";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";
import { connectBrowser, type TestBrowser } from "../apps/web/server/testing/browser-terminal.ts";
import { ApiClient, signInAdmin, startTestPlane } from "../apps/web/server/testing/start-test-plane.ts";
import { TerminalConnection } from "../apps/web/src/lib/terminal/terminal-connection.ts";

const KEYSTROKES = Number(process.argv[2] ?? 2000);
const OUTPUT_BYTES = Number(process.argv[3] ?? 100_000_000);
const WARMUP = 100;

interface PlaneReady {
  url: string;
  cookie: string;
  nodeId: string;
}

/** In the child: a control plane with its local agent, signed in as its administrator. */
async function servePlane(): Promise<void> {
  const plane = await startTestPlane({ WHEELHOUSE_TERMINAL_GRACE_SECONDS: "1" });
  const admin = await signInAdmin(plane);
  const nodeId = plane.localNodeId ?? "";
  await until(async () => ((await admin.query("nodes.list")).data as NodeView[]).find((n) => n.id === nodeId)?.connected, "the local agent to connect");
  process.send?.({ url: plane.url, cookie: admin.cookie, nodeId } satisfies PlaneReady);
  process.once("disconnect", () => void plane.drop().finally(() => process.exit(0)));
}

interface Terminal {
  type(bytes: Uint8Array): void;
  onOutput(listener: (bytes: Uint8Array) => void): void;
  close(): Promise<void>;
}

const sandbox = createEngineSandbox();

async function direct(containerId: string, command: string[]): Promise<Terminal> {
  const exec = await sandbox.docker.getContainer(containerId).exec({ Cmd: command, Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
  const socket = (await exec.start({ hijack: true, stdin: true, Tty: true })) as Socket;
  socket.setNoDelay(true);
  return {
    type: (bytes) => void socket.write(bytes),
    onOutput: (listener) => void socket.on("data", listener),
    close: async () => void socket.destroy(),
  };
}

async function throughPlane(browser: TestBrowser, nodeId: string, containerId: string, command: string[]): Promise<Terminal> {
  const listeners: ((bytes: Uint8Array) => void)[] = [];
  let connected: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const connection = new TerminalConnection((params) => browser.open(params), { nodeId, containerId, command, tty: true, cols: 80, rows: 24 }, {
    output: (bytes) => listeners.forEach((listener) => listener(bytes)),
    redraw: () => undefined,
    state: (state) => {
      if (state.state === "connected") connected();
      if (state.state === "closed" && state.code !== "CLOSED") console.error(`the terminal closed: ${state.message}`);
    },
  });
  await ready;
  return {
    type: (bytes) => connection.write(bytes),
    onOutput: (listener) => void listeners.push(listener),
    close: async () => connection.close(),
  };
}

async function echoRoundTrip(terminal: Terminal): Promise<{ p50: number; p99: number }> {
  let echoed: (() => void) | undefined;
  terminal.onOutput(() => echoed?.());
  const samples: number[] = [];
  const key = Uint8Array.of(0x61);
  for (let i = 0; i < KEYSTROKES + WARMUP; i++) {
    const answer = new Promise<void>((resolve) => (echoed = resolve));
    const start = performance.now();
    terminal.type(key);
    await answer;
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  await terminal.close();
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

/** VmRSS of a process, in bytes, from /proc. */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb ?? 0) * 1024;
}

/** User plus system CPU time of a process so far, in ms (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function throughput(terminal: Terminal, watchPid?: number): Promise<{ mbPerSecond: number; rssGrowthMb: number; cpuMsPerMb: number }> {
  const rssBefore = watchPid ? rssOf(watchPid) : 0;
  const cpuBefore = watchPid ? cpuMsOf(watchPid) : 0;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, watchPid ? rssOf(watchPid) : 0)), 50);
  let received = 0;
  const start = performance.now();
  await new Promise<void>((resolve) =>
    terminal.onOutput((bytes) => {
      received += bytes.byteLength;
      if (received >= OUTPUT_BYTES) resolve();
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const cpuMs = watchPid ? cpuMsOf(watchPid) - cpuBefore : 0;
  await terminal.close();
  return { mbPerSecond: received / 1e6 / seconds, rssGrowthMb: (peakRss - rssBefore) / 1e6, cpuMsPerMb: cpuMs / (received / 1e6) };
}

const fixed = (value: number) => value.toFixed(2);

async function measure(): Promise<void> {
  const child: ChildProcess = fork(new URL(import.meta.url).pathname, ["--plane"], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let browser: TestBrowser | undefined;
  try {
    const plane = await new Promise<PlaneReady>((resolve, reject) => {
      child.once("message", (message) => resolve(message as PlaneReady));
      child.once("exit", (code) => reject(new Error(`the control plane exited with ${code}`)));
    });
    const client = new ApiClient(plane.url);
    client.cookie = plane.cookie;
    browser = await connectBrowser(plane.url, client);
    const containerId = await sandbox.container("bench-exec-e2e");
    const pid = child.pid ?? 0;
    // Raw mode would measure cat; with the line discipline's echo, the pty answers each keystroke.
    const echo = ["cat"];
    const flood = ["head", "-c", String(OUTPUT_BYTES), "/dev/zero"];

    const baselineEcho = await echoRoundTrip(await direct(containerId, echo));
    const planeEcho = await echoRoundTrip(await throughPlane(browser, plane.nodeId, containerId, echo));
    console.log(`keystroke echo over ${KEYSTROKES} keystrokes (ms)`);
    console.log(`  direct tty exec                  p50 ${fixed(baselineEcho.p50)}  p99 ${fixed(baselineEcho.p99)}`);
    console.log(`  browser socket → control plane → agent → engine  p50 ${fixed(planeEcho.p50)}  p99 ${fixed(planeEcho.p99)}  (added at p99: ${fixed(planeEcho.p99 - baselineEcho.p99)})`);

    const baselineFlood = await throughput(await direct(containerId, flood));
    const planeFlood = await throughput(await throughPlane(browser, plane.nodeId, containerId, flood), pid);
    console.log(`${OUTPUT_BYTES / 1e6} MB of tty output`);
    console.log(`  direct tty exec                  ${fixed(baselineFlood.mbPerSecond)} MB/s`);
    console.log(
      `  through the control plane        ${fixed(planeFlood.mbPerSecond)} MB/s (${fixed(planeFlood.mbPerSecond / baselineFlood.mbPerSecond)}x direct)`,
    );
    console.log(
      `  control plane + agent: peak RSS growth ${fixed(planeFlood.rssGrowthMb)} MB, CPU ${fixed(planeFlood.cpuMsPerMb)} ms/MB (load average ${loadavg()[0]?.toFixed(1)})`,
    );
  } finally {
    browser?.close();
    child.disconnect();
    await sandbox.cleanup();
  }
}

if (process.argv.includes("--plane")) await servePlane();
else await measure();
