import { Channels } from "@wheelhouse/channels";
import { connectSocketPair, type SocketPair } from "@wheelhouse/channels/testing";
import { AgentStream, MetricsBatch } from "@wheelhouse/protocol";
import { createEngineSandbox } from "@wheelhouse/runtime/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { serveMetrics } from "./metrics-stream.ts";

const sandbox = createEngineSandbox();
let pair: SocketPair;
let plane: Channels;
let running: string;

beforeAll(async () => {
  running = await sandbox.container("metrics-stream");
  pair = await connectSocketPair();
  serveMetrics(new Channels(pair.client), { endpoint: sandbox.endpoint, logger: createLogger("agent", () => undefined) });
  plane = new Channels(pair.server);
});

afterAll(async () => {
  await pair.close();
  await sandbox.cleanup();
});

describe("the agent's metrics stream", () => {
  it("refuses an interval outside its bounds", async () => {
    expect(await plane.open(AgentStream.metrics, { intervalMs: 10 })).toMatchObject({ ok: false, code: "BAD_REQUEST", message: expect.stringMatching(/intervalMs/) });
  });

  it("sends a batch each interval with the host and every running container", async () => {
    const opened = await plane.open(AgentStream.metrics, { intervalMs: 1_000 });
    if (!opened.ok) throw new Error(opened.message);
    const batches: MetricsBatch[] = [];
    for await (const frame of opened.data.frames) {
      if (Array.isArray(frame)) batches.push(...frame.map((value) => MetricsBatch.parse(value)));
      // The first round only primes the counters; the second has a sample of each container.
      if (batches.some((b) => b.containers.some((c) => c.containerId === running))) break;
    }
    const batch = batches.at(-1);
    expect(batch?.host?.cpuCount).toBeGreaterThan(0);
    expect(batch?.containers.find((c) => c.containerId === running)?.memoryUsage).toBeGreaterThan(0);
    await expect(opened.data.closed).resolves.toMatchObject({ by: "local", outcome: "cancel" });
  }, 20_000);
});
