/**
 * Reading a 1,000,000-line container log (`seq 1 1000000`, already written) on the agent side:
 * readLogs (stdcopy, timestamps, cursor, batches) against a plain dockerode follow through
 * Docker's own demuxer and against `docker logs -f`, on the same container in the same run. Each
 * follow stops at the millionth line; the container stays up meanwhile, so that a container prune
 * run by some other test cannot remove it (and its log) in the middle of a read.
 *
 *   npx tsx bench/logs-read.ts [runs]
 */
import { spawn } from "node:child_process";
import { PassThrough, type Readable } from "node:stream";
import { readLogs } from "../packages/runtime/src/logs/index.ts";
import { createEngineSandbox } from "../packages/runtime/src/testing/engine.ts";

const LINES = 1_000_000;
const runs = Number(process.argv[2] ?? 3);
const sandbox = createEngineSandbox();

/** Counts lines until the millionth, then calls `stop`. */
function countLines(stream: Readable, stop: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    stream.on("data", (chunk: Buffer) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
      if (count >= LINES) {
        stop();
        resolve(count);
      }
    });
    stream.on("end", () => resolve(count));
    stream.on("error", reject);
  });
}

const readers: Record<string, (id: string) => Promise<number>> = {
  async "wheelhouse readLogs"(id) {
    const controller = new AbortController();
    let count = 0;
    for await (const batch of readLogs(sandbox.docker, { containerId: id, follow: true }, controller.signal)) {
      count += batch.lines.length;
      if (count >= LINES) controller.abort();
    }
    return count;
  },
  async "dockerode follow + demuxStream"(id) {
    const stream = (await sandbox.docker.getContainer(id).logs({ follow: true, stdout: true, stderr: true, timestamps: true })) as Readable;
    const stdout = new PassThrough();
    const counted = countLines(stdout, () => stream.destroy());
    sandbox.docker.modem.demuxStream(stream, stdout, new PassThrough());
    return counted;
  },
  async "docker logs -f --timestamps (CLI)"(id) {
    const child = spawn("docker", ["logs", "--follow", "--timestamps", id], { stdio: ["ignore", "pipe", "ignore"] });
    return countLines(child.stdout, () => child.kill());
  },
};

try {
  const id = await sandbox.container("bench", { command: ["sh", "-c", `seq 1 ${LINES}; exec sleep 3600`] });
  await readers["docker logs -f --timestamps (CLI)"]?.(id);
  console.log(`${LINES.toLocaleString("en")} lines, best of ${runs} runs each, interleaved\n`);
  const best = new Map<string, number>();
  for (let run = 0; run < runs; run += 1) {
    for (const [name, read] of Object.entries(readers)) {
      const started = process.hrtime.bigint();
      const count = await read(id);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (count !== LINES) throw new Error(`${name} read ${count} lines, not ${LINES}`);
      best.set(name, Math.max(best.get(name) ?? 0, LINES / seconds));
    }
  }
  const baseline = best.get("dockerode follow + demuxStream") ?? 1;
  for (const [name, rate] of best) {
    console.log(`${name.padEnd(34)} ${Math.round(rate).toLocaleString("en").padStart(10)} lines/s  ${(rate / baseline).toFixed(2)}x the plain follow`);
  }
} finally {
  await sandbox.cleanup();
}
