import { describe, expect, it } from "vitest";
import { createHeartbeats } from "./heartbeat.ts";
import { eventually } from "./testing/control-plane.ts";

describe("heartbeats", () => {
  it("carry this host's usage and addresses when the engine is on this host", async () => {
    const heartbeats = createHeartbeats();
    heartbeats.observe({ reachable: false, endpoint: "unix:///var/run/docker.sock", error: "stopped" });
    await eventually("a sample", () => heartbeats.next().usage !== undefined);
    const beat = heartbeats.next();
    expect(beat.usage).toMatchObject({ diskUsedBytes: null, memoryTotalBytes: expect.any(Number) });
    for (const { address } of beat.addresses ?? []) expect(address).not.toMatch(/^(127\.|::1$|fe80:)/);
  });

  it("say nothing of this host for an engine reached over the network", async () => {
    const heartbeats = createHeartbeats();
    heartbeats.observe({ reachable: false, endpoint: "tcp://10.99.0.2:2375", error: "refused" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Object.keys(heartbeats.next())).toEqual(["sentAt"]);
  });
});
