/**
 * Exec terminal benchmark: keystroke echo round trip and 100 MB of tty output, through the agent's
 * exec layer (openExec + ExecSessions) and, as the baseline in the same run, through a bare
 * hijacked exec on dockerode (what `docker exec -it` does). Run: npx tsx bench/exec-terminal.ts
 * [keystrokes] [output bytes]. The agent's channel and the control plane are not in this path yet.
 */
import type { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { ExecSessions, openExec } from "../packages/runtime/src/exec/index.ts";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";

const KEYSTROKES = Number(process.argv[2] ?? 2000);
const OUTPUT_BYTES = Number(process.argv[3] ?? 100_000_000);
const WARMUP = 100;

interface Terminal {
  type(byte: Buffer): void;
  onOutput(listener: (data: Buffer) => void): void;
  close(): Promise<void>;
}

const sandbox = createEngineSandbox();

async function direct(containerId: string, command: string[]): Promise<Terminal> {
  const exec = await sandbox.docker.getContainer(containerId).exec({ Cmd: command, Tty: true, AttachStdin: true, AttachStdout: true, AttachStderr: true });
  const socket = (await exec.start({ hijack: true, stdin: true, Tty: true })) as Socket;
  socket.setNoDelay(true);
  return {
    type: (byte) => socket.write(byte),
    onOutput: (listener) => socket.on("data", listener),
    close: async () => void socket.destroy(),
  };
}

async function throughLayer(containerId: string, command: string[]): Promise<Terminal> {
  const sessions = new ExecSessions({ onTerminateFailed: (_, error) => console.error(error) });
  const session = await openExec(sandbox.docker, { containerId, command, tty: true, cols: 80, rows: 24 });
  const listeners: ((data: Buffer) => void)[] = [];
  const attachment = sessions.add(session, { owner: "bench", command }, {
    output: (chunk) => listeners.forEach((listener) => listener(chunk.data)),
    closed: () => undefined,
  });
  return {
    type: (byte) => void attachment.write(byte),
    onOutput: (listener) => listeners.push(listener),
    close: () => sessions.terminateAll(),
  };
}

async function echoRoundTrip(terminal: Terminal): Promise<{ p50: number; p99: number }> {
  let resolveEcho: (() => void) | undefined;
  terminal.onOutput(() => resolveEcho?.());
  const samples: number[] = [];
  for (let i = 0; i < KEYSTROKES + WARMUP; i++) {
    const echoed = new Promise<void>((resolve) => (resolveEcho = resolve));
    const start = performance.now();
    terminal.type(Buffer.from("a"));
    await echoed;
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  await terminal.close();
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

async function throughput(terminal: Terminal): Promise<{ mbPerSecond: number; rssGrowthMb: number }> {
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  let received = 0;
  const start = performance.now();
  await new Promise<void>((resolve) =>
    terminal.onOutput((data) => {
      received += data.length;
      if (received >= OUTPUT_BYTES) resolve();
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  await terminal.close();
  return { mbPerSecond: received / 1e6 / seconds, rssGrowthMb: (peakRss - rssBefore) / 1e6 };
}

const fixed = (value: number) => value.toFixed(2);

try {
  const containerId = await sandbox.container("bench-exec");
  // raw -echo would measure cat; with the line discipline's echo, the pty answers each keystroke.
  const echo = ["cat"];
  const flood = ["head", "-c", String(OUTPUT_BYTES), "/dev/zero"];

  const baselineEcho = await echoRoundTrip(await direct(containerId, echo));
  const layerEcho = await echoRoundTrip(await throughLayer(containerId, echo));
  console.log(`keystroke echo over ${KEYSTROKES} keystrokes (ms)`);
  console.log(`  direct hijacked exec  p50 ${fixed(baselineEcho.p50)}  p99 ${fixed(baselineEcho.p99)}`);
  console.log(`  openExec+ExecSessions p50 ${fixed(layerEcho.p50)}  p99 ${fixed(layerEcho.p99)}  (added at p99: ${fixed(layerEcho.p99 - baselineEcho.p99)})`);

  const baselineFlood = await throughput(await direct(containerId, flood));
  const layerFlood = await throughput(await throughLayer(containerId, flood));
  console.log(`${OUTPUT_BYTES / 1e6} MB of tty output`);
  console.log(`  direct hijacked exec  ${fixed(baselineFlood.mbPerSecond)} MB/s  peak RSS growth ${fixed(baselineFlood.rssGrowthMb)} MB`);
  console.log(
    `  openExec+ExecSessions ${fixed(layerFlood.mbPerSecond)} MB/s  peak RSS growth ${fixed(layerFlood.rssGrowthMb)} MB  (${fixed(layerFlood.mbPerSecond / baselineFlood.mbPerSecond)}x direct)`,
  );
} finally {
  await sandbox.cleanup();
}
