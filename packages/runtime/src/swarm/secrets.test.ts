import { afterAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT } from "../testing/engine.ts";
import { SECOND_ENGINE_ENDPOINT } from "../testing/test-swarm.ts";
import { createSwarmObjectSandbox } from "../testing/swarm-objects.ts";

const manager = createDockerRuntime({ endpoint: TEST_ENDPOINT });
const sandbox = createSwarmObjectSandbox();
afterAll(() => sandbox.cleanup());

const VALUE = "hunter2-but-longer";
const list = async () => agentCommands["secret.list"].output.parse(await manager.run("secret.list", {}));

describe("secrets", () => {
  it("creates a secret and lists it with its labels, and its value appears in no answer", async () => {
    const name = sandbox.name("db-password");
    const created = await manager.run("secret.create", { name, data: VALUE, labels: sandbox.labels });
    const listed = await list();
    expect(listed.find((s) => s.id === created.id)).toMatchObject({ name, labels: sandbox.labels });
    for (const answer of [created, listed, await manager.run("secret.list", {})]) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain(VALUE);
      expect(text).not.toContain(Buffer.from(VALUE).toString("base64"));
    }
  });

  it("refuses a second secret of the same name, in Docker's words", async () => {
    const name = sandbox.name("twice");
    await manager.run("secret.create", { name, data: "one", labels: sandbox.labels });
    await expect(manager.run("secret.create", { name, data: "two", labels: sandbox.labels })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `secret ${name} already exists`,
    });
  });

  it.each(["-leading-dash", "with space", "trailing.", "x".repeat(65)])("refuses the name %j", async (name) => {
    await expect(manager.run("secret.create", { name, data: "x", labels: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses empty data and data of 500 KiB or more", async () => {
    const name = sandbox.name("sized");
    await expect(manager.run("secret.create", { name, data: "", labels: {} })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(manager.run("secret.create", { name, data: "é".repeat(256 * 1024), labels: {} })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("500 KiB") });
  });

  it("removes a secret, then says it is gone", async () => {
    const { id } = await manager.run("secret.create", { name: sandbox.name("brief"), data: "x", labels: sandbox.labels });
    await manager.run("secret.remove", { id });
    expect((await list()).map((s) => s.id)).not.toContain(id);
    await expect(manager.run("secret.remove", { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is refused by a worker, in Docker's words", async () => {
    const worker = createDockerRuntime({ endpoint: SECOND_ENGINE_ENDPOINT });
    await expect(worker.run("secret.list", {})).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not a swarm manager") });
  });
});
