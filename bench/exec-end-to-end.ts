/**
 * Terminals end to end: keystroke echo round trip and 100 MB of tty output from a browser-side
 * socket through the control plane and its local agent to the engine (the terminal page's own
 * TerminalConnection), against a direct tty exec on a hijacked Engine connection (what
 * `docker exec -it` does) in the same run. The control plane and agent run in a child process,
 * so the memory growth and CPU printed are theirs alone. Run: npx tsx bench/exec-end-to-end.ts [keystrokes] [bytes]
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";
import { connectBrowser, type TestBrowser } from "../apps/web/server/testing/browser-terminal.ts";
import { ApiClient } from "../apps/web/server/testing/start-test-plane.ts";
import { startTerminalPlane } from "../apps/web/server/testing/terminal-plane.ts";
import { TerminalConnection } from "../apps/web/src/lib/terminal/terminal-connection.ts";
import { directTty, echoRoundTrip, fixed, OutputTap, outputRate, type Terminal } from "./support/terminal-measures.ts";

const KEYSTROKES = Number(process.argv[2] ?? 2000);
const OUTPUT_BYTES = Number(process.argv[3] ?? 100_000_000);

interface PlaneReady {
  url: string;
  cookie: string;
  nodeId: string;
}

/** In the child: a control plane with its local agent, signed in as its administrator. */
async function servePlane(): Promise<void> {
  const plane = await startTerminalPlane({ WHEELHOUSE_TERMINAL_GRACE_SECONDS: "1" });
  process.send?.({ url: plane.url, cookie: plane.admin.cookie, nodeId: plane.nodeId } satisfies PlaneReady);
  process.once("disconnect", () => void plane.drop().finally(() => process.exit(0)));
}

const sandbox = createEngineSandbox();

async function throughPlane(browser: TestBrowser, nodeId: string, containerId: string, command: string[]): Promise<Terminal> {
  const tap = new OutputTap();
  let connected: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const connection = new TerminalConnection((params) => browser.open(params), { nodeId, containerId, command, tty: true, cols: 80, rows: 24 }, {
    output: (bytes) => tap.emit(bytes),
    redraw: () => undefined,
    state: (state) => {
      if (state.state === "connected") connected();
      if (state.state === "closed" && state.code !== "CLOSED") console.error(`the terminal closed: ${state.message}`);
    },
  });
  await ready;
  return {
    type: (bytes) => connection.write(bytes),
    onOutput: (listener) => tap.listen(listener),
    close: async () => connection.close(),
  };
}

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
    // Raw mode would measure cat; with the line discipline's echo, the pty answers each keystroke.
    const echo = ["cat"];
    const flood = ["head", "-c", String(OUTPUT_BYTES), "/dev/zero"];

    const baselineEcho = await echoRoundTrip(await directTty(sandbox.docker, containerId, echo), KEYSTROKES);
    const planeEcho = await echoRoundTrip(await throughPlane(browser, plane.nodeId, containerId, echo), KEYSTROKES);
    console.log(`keystroke echo over ${KEYSTROKES} keystrokes (ms)`);
    console.log(`  direct tty exec            p50 ${fixed(baselineEcho.p50)}  p99 ${fixed(baselineEcho.p99)}`);
    console.log(`  through the control plane  p50 ${fixed(planeEcho.p50)}  p99 ${fixed(planeEcho.p99)}  (added at p99: ${fixed(planeEcho.p99 - baselineEcho.p99)})`);

    const baselineFlood = await outputRate(await directTty(sandbox.docker, containerId, flood), OUTPUT_BYTES);
    const planeFlood = await outputRate(await throughPlane(browser, plane.nodeId, containerId, flood), OUTPUT_BYTES, child.pid);
    console.log(`${OUTPUT_BYTES / 1e6} MB of tty output`);
    console.log(`  direct tty exec            ${fixed(baselineFlood.mbPerSecond)} MB/s`);
    console.log(`  through the control plane  ${fixed(planeFlood.mbPerSecond)} MB/s (${fixed(planeFlood.mbPerSecond / baselineFlood.mbPerSecond)}x direct)`);
    console.log(`  control plane + agent      peak RSS growth ${fixed(planeFlood.rssGrowthMb)} MB, CPU ${fixed(planeFlood.cpuMsPerMb)} ms/MB`);
    console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(" ")}`);
  } finally {
    browser?.close();
    child.disconnect();
    await sandbox.cleanup();
  }
}

if (process.argv.includes("--plane")) await servePlane();
else await measure();
