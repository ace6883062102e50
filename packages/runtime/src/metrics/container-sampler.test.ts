import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContainerSample } from "@wheelhouse/protocol";
import { parseEndpoint } from "../endpoint.ts";
import { createEngineSandbox } from "../testing/engine.ts";
import { createContainerSampler } from "./container-sampler.ts";

const sandbox = createEngineSandbox();
const sampler = createContainerSampler(parseEndpoint(sandbox.endpoint)!);
const ids: Record<"busy" | "idle1" | "idle2", string> = { busy: "", idle1: "", idle2: "" };

beforeAll(async () => {
  ids.busy = await sandbox.container("busy", { command: ["sh", "-c", "while :; do :; done"], cpus: 0.5 });
  ids.idle1 = await sandbox.container("idle1");
  ids.idle2 = await sandbox.container("idle2");
});
afterAll(async () => {
  sampler.close();
  await sandbox.cleanup();
});

const mine = (samples: ContainerSample[]) => new Map(samples.filter((s) => Object.values(ids).includes(s.containerId)).map((s) => [s.containerId, s]));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the container sampler on the real engine", () => {
  it("primes on the first round, then shows the busy container near its quota and the idle ones near zero", async () => {
    expect(mine(await sampler.sample()).size).toBe(0);
    await pause(3_000);
    const samples = mine(await sampler.sample());
    expect([...samples.keys()].sort()).toEqual(Object.values(ids).sort());
    // A quota of half a CPU is 50 % as docker stats shows it; other tests share these CPUs, so only its neighbourhood is checked.
    expect(samples.get(ids.busy)?.cpuPercent).toBeGreaterThan(30);
    expect(samples.get(ids.busy)?.cpuPercent).toBeLessThan(60);
    for (const idle of [ids.idle1, ids.idle2]) {
      const sample = samples.get(idle)!;
      expect(sample.cpuPercent).toBeLessThan(3);
      expect(sample.memoryUsage).toBeGreaterThan(0);
      expect(sample.memoryLimit).toBeGreaterThan(sample.memoryUsage);
      expect(sample.name).toBe(sandbox.name(idle === ids.idle1 ? "idle1" : "idle2"));
      expect(sample.serviceId).toBeNull();
    }
  });

  it("drops a container that stopped and shows one that started from its second round", async () => {
    await sandbox.docker.getContainer(ids.idle2).remove({ force: true });
    const late = await sandbox.container("late");
    const afterStart = await sampler.sample();
    expect(afterStart.some((s) => s.containerId === ids.idle2 || s.containerId === late)).toBe(false);
    await pause(1_000);
    const next = await sampler.sample();
    expect(next.some((s) => s.containerId === late)).toBe(true);
    expect(next.some((s) => s.containerId === ids.idle2)).toBe(false);
  });
});
