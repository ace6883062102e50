import { totalmem } from "node:os";
import { describe, expect, it } from "vitest";
import { createHostUsageSampler } from "./host-usage.ts";

function spin(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe("host usage on this machine", () => {
  it("counts a busy CPU between two samples, as a share of all CPUs", async () => {
    const sampler = createHostUsageSampler();
    await sampler.sample(undefined);
    spin(300);
    const { cpuPercent } = await sampler.sample(undefined);
    expect(cpuPercent).toBeGreaterThan(0);
    expect(cpuPercent).toBeLessThanOrEqual(100);
  });

  it("reads memory in use out of the machine's total", async () => {
    const usage = await createHostUsageSampler().sample(undefined);
    expect(usage.memoryTotalBytes).toBe(totalmem());
    expect(usage.memoryUsedBytes).toBeGreaterThan(0);
    expect(usage.memoryUsedBytes).toBeLessThan(usage.memoryTotalBytes);
    expect(usage.sampledAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it("measures the filesystem holding the given directory, and says nothing of one it cannot read", async () => {
    const sampler = createHostUsageSampler();
    const usage = await sampler.sample("/");
    expect(usage.diskTotalBytes).toBeGreaterThan(0);
    expect(usage.diskUsedBytes).toBeGreaterThan(0);
    expect(usage.diskUsedBytes).toBeLessThanOrEqual(usage.diskTotalBytes ?? 0);
    expect(await sampler.sample("/no/such/docker/root")).toMatchObject({ diskUsedBytes: null, diskTotalBytes: null });
  });
});
