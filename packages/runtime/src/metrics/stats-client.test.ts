import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "../endpoint.ts";
import { createEngineSandbox } from "../testing/engine.ts";
import { toStatsReading } from "./engine-stats.ts";
import { createStatsClient } from "./stats-client.ts";

const sandbox = createEngineSandbox();
const client = createStatsClient(parseEndpoint(sandbox.endpoint)!, { maxSockets: 4, requestTimeoutMs: 4_000 });
let running = "";

beforeAll(async () => {
  running = await sandbox.container("running");
});
afterAll(async () => {
  client.close();
  await sandbox.cleanup();
});

describe("the stats client on the real engine", () => {
  it("lists a running container with its name and labels, and leaves a stopped one out", async () => {
    const stopped = await sandbox.container("stopped", { start: false });
    const listed = await client.listRunning();
    const mine = listed.find((c) => c.Id === running);
    expect(mine?.Names).toEqual([`/${sandbox.name("running")}`]);
    expect(mine?.Labels?.["wheelhouse.test"]).toBe("1");
    expect(listed.some((c) => c.Id === stopped)).toBe(false);
  });

  it("reads one-shot stats the sampler can turn into a reading, more requests than connections at once", async () => {
    const readings = await Promise.all(Array.from({ length: 8 }, () => client.stats(running)));
    for (const stats of readings) {
      const reading = toStatsReading(stats);
      expect(reading?.cpuTotal).toBeGreaterThan(0);
      expect(reading?.memoryUsage).toBeGreaterThan(0);
    }
  });

  it("rejects with NOT_FOUND and the engine's message for a container removed since it was listed", async () => {
    const vanishing = await sandbox.container("vanishing");
    expect((await client.listRunning()).some((c) => c.Id === vanishing)).toBe(true);
    await sandbox.docker.getContainer(vanishing).remove({ force: true });
    await expect(client.stats(vanishing)).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(vanishing) });
  });

  it("rejects every request sharing a signal when it aborts, and still answers the next request", async () => {
    await expect(client.stats(running, AbortSignal.abort())).rejects.toMatchObject({ name: "RuntimeError" });
    const round = new AbortController();
    // More requests than Node's listener-leak threshold (10), all on the one signal.
    const pending = Array.from({ length: 12 }, () => client.stats(running, round.signal));
    round.abort();
    const settled = await Promise.allSettled(pending);
    expect(settled.every((s) => s.status === "rejected")).toBe(true);
    expect(toStatsReading(await client.stats(running))).not.toBeNull();
  });

  it("rejects with ENGINE_UNAVAILABLE when nothing listens at the endpoint", async () => {
    const nowhere = createStatsClient({ kind: "unix", socketPath: "/tmp/wheelhouse-no-engine.sock" }, { maxSockets: 1, requestTimeoutMs: 1_000 });
    await expect(nowhere.listRunning()).rejects.toMatchObject({ code: "ENGINE_UNAVAILABLE", message: expect.stringContaining("no socket at that path") });
    nowhere.close();
  });
});
