/**
 * Membership on the shared two-node swarm. Joining and leaving for real would need a third,
 * throwaway engine (a swarm's only manager cannot leave without destroying it, and wh-node-2 is
 * in use by other tests); so here the engine's refusals are what is tested: init and join on
 * engines already in the swarm, and the last manager leaving without force.
 */
import { describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT } from "../testing/engine.ts";
import { SECOND_ENGINE_ENDPOINT } from "../testing/test-swarm.ts";

const manager = createDockerRuntime({ endpoint: TEST_ENDPOINT });
const worker = createDockerRuntime({ endpoint: SECOND_ENGINE_ENDPOINT });
const info = async (joinTokens: boolean) => agentCommands["swarm.info"].output.parse(await manager.run("swarm.info", { joinTokens }));

describe("swarm membership", () => {
  it("describes the swarm: the cluster ID the node reports, its managers' addresses and size", async () => {
    const swarm = await info(false);
    expect(swarm.id).toBe((await manager.run("node.facts", {})).swarm.clusterId);
    expect(swarm.managerAddresses).toContain("10.99.0.1:2377");
    expect(swarm).toMatchObject({ managers: 1 });
    expect(swarm.nodes).toBeGreaterThanOrEqual(2);
    expect(swarm.createdAt).toBeGreaterThan(0);
    expect(swarm.joinTokens).toBeUndefined();
  });

  it("gives the join tokens only when asked for them", async () => {
    const { joinTokens } = await info(true);
    expect(joinTokens?.worker).toMatch(/^SWMTKN-1-/);
    expect(joinTokens?.manager).toMatch(/^SWMTKN-1-/);
    expect(joinTokens?.worker).not.toBe(joinTokens?.manager);
  });

  it("is not described by a worker, which says why", async () => {
    await expect(worker.run("swarm.info", { joinTokens: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not a swarm manager") });
  });

  it("refuses to init a swarm on an engine that is already a manager", async () => {
    await expect(manager.run("swarm.init", { advertiseAddr: "10.99.0.1" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already part of a swarm"),
    });
  });

  it("refuses to join an engine that is already in the swarm", async () => {
    const { managerAddresses, joinTokens } = await info(true);
    await expect(worker.run("swarm.join", { remoteAddrs: managerAddresses, joinToken: joinTokens?.worker ?? "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already part of a swarm"),
    });
  });

  it("refuses to let the only manager leave without force", async () => {
    expect((await info(false)).managers).toBe(1);
    await expect(manager.run("swarm.leave", { force: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Use `--force`") });
  });

  it("refuses malformed membership requests before they reach an engine", async () => {
    await expect(worker.run("swarm.join", { remoteAddrs: [], joinToken: "SWMTKN-1-a-b" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(worker.run("swarm.join", { remoteAddrs: ["10.99.0.1:2377"], joinToken: "--force" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.run("swarm.init", { advertiseAddr: "10.0.0.1; rm -rf /" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
