import { afterAll, describe, expect, it } from "vitest";
import { agentCommands, EngineStatus, type PruneRequest } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const elsewhere = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
afterAll(async () => {
  await sandbox.cleanup();
  await elsewhere.cleanup();
});

describe("system", () => {
  it("reports a reachable engine with the node's facts", async () => {
    const status = EngineStatus.parse(await runtime.status());
    expect(status).toMatchObject({ reachable: true, endpoint: runtime.endpoint });
    if (!status.reachable) return;
    expect(status.facts.engineVersion).not.toBe("");
    expect(status.facts.apiVersion).toMatch(/^1\.\d+$/);
    expect(status.facts.cpus).toBeGreaterThan(0);
    expect(status.facts.counts.networks).toBeGreaterThanOrEqual(3);
    expect(status.facts.counts.images).toBeGreaterThanOrEqual(1);
  });

  it("counts a running container in node.facts", async () => {
    await sandbox.container("counted");
    const facts = agentCommands["node.facts"].output.parse(await runtime.run("node.facts", {}));
    expect(facts.counts.containersRunning).toBeGreaterThanOrEqual(1);
  });

  it("reports disk usage per kind of object", async () => {
    const usage = agentCommands["system.df"].output.parse(await runtime.run("system.df", {}));
    expect(usage.images.count).toBeGreaterThanOrEqual(1);
    expect(usage.images.sizeBytes).toBeGreaterThan(0);
    expect(usage.images.reclaimableBytes).toBeLessThanOrEqual(usage.images.sizeBytes);
    expect(usage.containers.active).toBeGreaterThanOrEqual(1);
  });

  // Narrowed to the sandbox's label, as a user may narrow theirs, so other tests' objects are safe.
  it("prunes stopped containers and unused networks carrying the chosen label, and nothing running", async () => {
    const stopped = await sandbox.container("stopped");
    await sandbox.docker.getContainer(stopped).stop();
    const running = await sandbox.container("running");
    const unused = await sandbox.network("unused");
    const outsider = await elsewhere.container("outsider", { start: false });
    const request: PruneRequest = { containers: true, images: "none", volumes: false, networks: true, buildCache: false, labels: [sandbox.runLabel] };
    const result = agentCommands["system.prune"].output.parse(await runtime.run("system.prune", request));
    expect(result.containersDeleted).toContain(stopped);
    expect(result.containersDeleted).not.toContain(running);
    expect(result.containersDeleted).not.toContain(outsider);
    expect(result.networksDeleted).toContain(sandbox.name("unused"));
    expect((await runtime.run("container.inspect", { id: running })).state.status).toBe("running");
    await expect(runtime.run("network.inspect", { id: unused })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to prune build cache by label, since it has none", async () => {
    const request: PruneRequest = { containers: false, images: "none", volumes: false, networks: false, buildCache: true, labels: ["team=a"] };
    await expect(runtime.run("system.prune", request)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses a prune that chooses nothing", async () => {
    const nothing = { containers: false, images: "none", volumes: false, networks: false, buildCache: false } as const;
    await expect(runtime.run("system.prune", nothing)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
