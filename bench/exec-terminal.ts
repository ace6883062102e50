/**
 * Exec terminal benchmark: keystroke echo round trip and 100 MB of tty output, through the agent's
 * exec layer (openExec + ExecSessions) and, as the baseline in the same run, through a bare
 * hijacked exec on dockerode (what `docker exec -it` does). Run: npx tsx bench/exec-terminal.ts
 * [keystrokes] [output bytes]. exec-end-to-end.ts measures the whole path, through the control plane.
 */
import { ExecSessions, openExec } from "../packages/runtime/src/exec/index.ts";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";
import { directTty, echoRoundTrip, fixed, OutputTap, outputRate, type Terminal } from "./support/terminal-measures.ts";

const KEYSTROKES = Number(process.argv[2] ?? 2000);
const OUTPUT_BYTES = Number(process.argv[3] ?? 100_000_000);

const sandbox = createEngineSandbox();

async function throughLayer(containerId: string, command: string[]): Promise<Terminal> {
  const sessions = new ExecSessions({ onTerminateFailed: (_, error) => console.error(error) });
  const session = await openExec(sandbox.docker, { containerId, command, tty: true, cols: 80, rows: 24 });
  const tap = new OutputTap();
  const attachment = sessions.add(session, { owner: "bench", command }, {
    output: (chunk) => tap.emit(chunk.data),
    closed: () => undefined,
  });
  return {
    type: (bytes) => void attachment.write(Buffer.from(bytes)),
    onOutput: (listener) => tap.listen(listener),
    close: () => sessions.terminateAll(),
  };
}

try {
  const containerId = await sandbox.container("bench-exec");
  // raw -echo would measure cat; with the line discipline's echo, the pty answers each keystroke.
  const echo = ["cat"];
  const flood = ["head", "-c", String(OUTPUT_BYTES), "/dev/zero"];

  const baselineEcho = await echoRoundTrip(await directTty(sandbox.docker, containerId, echo), KEYSTROKES);
  const layerEcho = await echoRoundTrip(await throughLayer(containerId, echo), KEYSTROKES);
  console.log(`keystroke echo over ${KEYSTROKES} keystrokes (ms)`);
  console.log(`  direct hijacked exec  p50 ${fixed(baselineEcho.p50)}  p99 ${fixed(baselineEcho.p99)}`);
  console.log(`  openExec+ExecSessions p50 ${fixed(layerEcho.p50)}  p99 ${fixed(layerEcho.p99)}  (added at p99: ${fixed(layerEcho.p99 - baselineEcho.p99)})`);

  const baselineFlood = await outputRate(await directTty(sandbox.docker, containerId, flood), OUTPUT_BYTES);
  const layerFlood = await outputRate(await throughLayer(containerId, flood), OUTPUT_BYTES);
  console.log(`${OUTPUT_BYTES / 1e6} MB of tty output`);
  console.log(`  direct hijacked exec  ${fixed(baselineFlood.mbPerSecond)} MB/s  peak RSS growth ${fixed(baselineFlood.rssGrowthMb)} MB`);
  console.log(
    `  openExec+ExecSessions ${fixed(layerFlood.mbPerSecond)} MB/s  peak RSS growth ${fixed(layerFlood.rssGrowthMb)} MB  (${fixed(layerFlood.mbPerSecond / baselineFlood.mbPerSecond)}x direct)`,
  );
} finally {
  await sandbox.cleanup();
}
