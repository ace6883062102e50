import { afterAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT } from "../testing/engine.ts";
import { createSwarmObjectSandbox } from "../testing/swarm-objects.ts";

const manager = createDockerRuntime({ endpoint: TEST_ENDPOINT });
const sandbox = createSwarmObjectSandbox();
afterAll(() => sandbox.cleanup());

describe("configs", () => {
  it("creates a config, lists it with its labels and inspects it with its data", async () => {
    const name = sandbox.name("nginx.conf");
    const data = "worker_processes 2; # ünïcode survives\n";
    const { id } = await manager.run("config.create", { name, data, labels: sandbox.labels });
    const listed = agentCommands["config.list"].output.parse(await manager.run("config.list", {}));
    expect(listed.find((c) => c.id === id)).toMatchObject({ name, labels: sandbox.labels });
    expect(JSON.stringify(listed)).not.toContain("worker_processes");
    const details = agentCommands["config.inspect"].output.parse(await manager.run("config.inspect", { id: name }));
    expect(details).toMatchObject({ id, name, data });
    expect(details.createdAt).toBeGreaterThan(Date.now() - 600_000);
  });

  it("refuses a second config of the same name, and a bad name", async () => {
    const name = sandbox.name("twice");
    await manager.run("config.create", { name, data: "one", labels: sandbox.labels });
    await expect(manager.run("config.create", { name, data: "two", labels: sandbox.labels })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `config ${name} already exists`,
    });
    await expect(manager.run("config.create", { name: "../etc", data: "x", labels: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("removes a config, then says it is gone", async () => {
    const { id } = await manager.run("config.create", { name: sandbox.name("brief"), data: "x", labels: sandbox.labels });
    await manager.run("config.remove", { id });
    await expect(manager.run("config.inspect", { id })).rejects.toMatchObject({ code: "NOT_FOUND", message: `config ${id} not found` });
    await expect(manager.run("config.remove", { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
