/**
 * Agent CPU cost of sampling metrics: 100 idle containers sampled every 5 s for a minute by the
 * agent's sampler, against `docker stats --no-stream` over the same containers every 5 s in the
 * same run. Goal (issue 6): under 2 % of one core per 100 containers.
 *
 *   npx tsx bench/metrics-agent-cpu.ts        (BENCH_CONTAINERS, BENCH_SECONDS to change the load)
 *
 * Figures are CPU time of the sampling process only (user + system), as a share of one core over
 * the wall time of the phase; the engine's own cost of collecting stats is the same for both.
 */
import { spawn } from "node:child_process";
import { createMetricsSampler, sampleEvery } from "@wheelhouse/runtime";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";

const env = process.env;
const CONTAINERS = Number(env.BENCH_CONTAINERS ?? 100);
const SECONDS = Number(env.BENCH_SECONDS ?? 60);
const INTERVAL_MS = 5_000;

const sandbox = createEngineSandbox();
try {
  console.log(`starting ${CONTAINERS} idle containers...`);
  const ids: string[] = [];
  for (let i = 0; i < CONTAINERS; i++) ids.push(await sandbox.container(`idle-${i}`, { command: ["sleep", "3600"] }));

  const sampler = await measureSampler();
  const cli = await measureCli(ids);
  console.log(`\nmetrics sampling, ${CONTAINERS} containers every ${INTERVAL_MS / 1000} s for ${SECONDS} s`);
  console.log(`  wheelhouse sampler:        ${sampler.percent.toFixed(2)} % of one core (${sampler.rounds} rounds, ${sampler.samples} samples, slowest round ${sampler.slowestMs} ms)`);
  console.log(`  docker stats --no-stream:  ${cli.percent.toFixed(2)} % of one core (${cli.rounds} runs, slowest ${cli.slowestMs} ms)`);
  console.log(`  goal: under 2 % of one core per 100 containers`);
} finally {
  await sandbox.cleanup();
}

async function measureSampler() {
  const metrics = createMetricsSampler({ endpoint: sandbox.endpoint });
  const stop = new AbortController();
  let rounds = 0;
  let samples = 0;
  let slowestMs = 0;
  let roundStart = Date.now();
  // The first round only primes counters; it is measured too, as the agent pays for it.
  const wrapped = {
    async sample(signal?: AbortSignal) {
      roundStart = Date.now();
      const batch = await metrics.sample(signal);
      slowestMs = Math.max(slowestMs, Date.now() - roundStart);
      return batch;
    },
  };
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const timer = setTimeout(() => stop.abort(), SECONDS * 1000);
  await sampleEvery({
    sampler: wrapped,
    intervalMs: INTERVAL_MS,
    signal: stop.signal,
    onBatch: (batch) => {
      rounds += 1;
      samples += batch.containers.length;
    },
    onError: (error) => console.error("sampling failed:", error),
  });
  clearTimeout(timer);
  metrics.close();
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = performance.now() - wallBefore;
  return { percent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100, rounds, samples, slowestMs };
}

async function measureCli(ids: string[]) {
  let cpuMs = 0;
  let rounds = 0;
  let slowestMs = 0;
  const wallBefore = performance.now();
  const end = Date.now() + SECONDS * 1000;
  for (let next = Date.now(); next < end; next += INTERVAL_MS) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
    const started = Date.now();
    cpuMs += await cliRunCpuMs(ids);
    slowestMs = Math.max(slowestMs, Date.now() - started);
    rounds += 1;
  }
  return { percent: (cpuMs / (performance.now() - wallBefore)) * 100, rounds, slowestMs };
}

// GNU time reports the CLI's own user and system seconds once it exits.
function cliRunCpuMs(ids: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%U %S", "docker", "stats", "--no-stream", ...ids], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const [user, system] = stderr.trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
      if (code !== 0 || user === undefined || system === undefined) return reject(new Error(`docker stats failed (${code}): ${stderr}`));
      resolve((user + system) * 1000);
    });
  });
}
