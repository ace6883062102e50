/**
 * How busy this host is: CPU, memory, and the disk Docker keeps its data on. Docker's GET /info
 * gives capacity but not use, so the agent reads the kernel's own counters; it runs on the host,
 * so /proc is the host's.
 */
import { readFile, statfs } from "node:fs/promises";
import { cpus, freemem, totalmem } from "node:os";
import type { HostUsage } from "@wheelhouse/protocol";

export interface HostUsageSampler {
  /** CPU use is over the time since the previous sample (or since the sampler was made); never rejects. */
  sample(dockerRootDir: string | undefined): Promise<HostUsage>;
}

export function createHostUsageSampler(): HostUsageSampler {
  let previous = cpuTicks();
  return {
    async sample(dockerRootDir) {
      const now = cpuTicks();
      const total = now.total - previous.total;
      const busy = total - (now.idle - previous.idle);
      previous = now;
      const memoryTotalBytes = totalmem();
      const [available, disk] = await Promise.all([memAvailable(), dockerRootDir ? diskOf(dockerRootDir) : null]);
      return {
        // No tick elapsed since the last sample: nothing was measured, so nothing was busy.
        cpuPercent: total > 0 ? Math.min(100, Math.max(0, (100 * busy) / total)) : 0,
        memoryUsedBytes: Math.max(0, memoryTotalBytes - (available ?? freemem())),
        memoryTotalBytes,
        diskUsedBytes: disk?.used ?? null,
        diskTotalBytes: disk?.total ?? null,
        sampledAt: Date.now(),
      };
    },
  };
}

// os.cpus() reads /proc/stat on Linux: cumulative milliseconds per CPU since boot.
function cpuTicks(): { total: number; idle: number } {
  let total = 0;
  let idle = 0;
  for (const { times } of cpus()) {
    total += times.user + times.nice + times.sys + times.idle + times.irq;
    idle += times.idle;
  }
  return { total, idle };
}

// os.freemem() is MemFree, which leaves out the page cache the kernel gives back on demand, so a
// healthy host would look full. MemAvailable (Linux 3.14+) is what `free` calls available.
async function memAvailable(): Promise<number | undefined> {
  const meminfo = await readFile("/proc/meminfo", "utf8").catch(() => "");
  const kib = /^MemAvailable:\s+(\d+) kB$/m.exec(meminfo)?.[1];
  return kib === undefined ? undefined : Number(kib) * 1024;
}

// Used as `df` counts it: every block not free, including those reserved for root.
async function diskOf(path: string): Promise<{ used: number; total: number } | null> {
  const fs = await statfs(path).catch(() => null);
  if (!fs) return null;
  return { used: (fs.blocks - fs.bfree) * fs.bsize, total: fs.blocks * fs.bsize };
}
