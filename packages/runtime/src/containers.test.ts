import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox, TEST_IMAGE } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
let id = "";

beforeAll(async () => {
  id = await sandbox.container("life", { ports: [8080] });
});
afterAll(() => sandbox.cleanup());

async function stateOf(containerId: string) {
  return (await runtime.run("container.inspect", { id: containerId })).state.status;
}

describe("containers", () => {
  it("lists a container in the protocol's shape", async () => {
    const list = agentCommands["container.list"].output.parse(await runtime.run("container.list", {}));
    const mine = list.find((c) => c.id === id);
    expect(mine).toMatchObject({ name: sandbox.name("life"), image: TEST_IMAGE, state: "running", labels: { "wheelhouse.test": "1" } });
    expect(mine?.createdAt).toBeGreaterThan(Date.now() - 600_000);
    expect(mine?.ports).toContainEqual(expect.objectContaining({ privatePort: 8080, type: "tcp", publicPort: expect.any(Number) }));
  });

  it("inspects a container in the protocol's shape", async () => {
    const details = agentCommands["container.inspect"].output.parse(await runtime.run("container.inspect", { id }));
    expect(details).toMatchObject({ id, name: sandbox.name("life"), image: TEST_IMAGE, state: { status: "running" }, tty: false });
    expect(details.imageId).toMatch(/^sha256:/);
    expect(details.command[0]).toBe("sh");
    expect(details.env).toContainEqual(expect.objectContaining({ key: "PATH" }));
    expect(details.networks.map((n) => n.name)).toContain("bridge");
    expect(details.ports).toContainEqual(expect.objectContaining({ privatePort: 8080, publicPort: expect.any(Number) }));
  });

  it.each([
    ["pause", "paused"],
    ["unpause", "running"],
    ["restart", "running"],
    ["stop", "exited"],
    ["start", "running"],
    ["kill", "exited"],
  ] as const)("%s leaves the container %s", async (action, state) => {
    await runtime.run("container.action", { id, action });
    expect(await stateOf(id)).toBe(state);
  });

  it("treats starting a running container and stopping a stopped one as done", async () => {
    const other = await sandbox.container("twice");
    await expect(runtime.run("container.action", { id: other, action: "start" })).resolves.toEqual({});
    await runtime.run("container.action", { id: other, action: "stop" });
    await expect(runtime.run("container.action", { id: other, action: "stop" })).resolves.toEqual({});
  });

  it("refuses to remove a running container without force, then removes it with force", async () => {
    const doomed = await sandbox.container("doomed");
    await expect(runtime.run("container.remove", { id: doomed, force: false, removeVolumes: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("cannot remove a running container"),
    });
    await runtime.run("container.remove", { id: doomed, force: true, removeVolumes: true });
    await expect(runtime.run("container.inspect", { id: doomed })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("answers NOT_FOUND for an unknown container, with Docker's words", async () => {
    const missing = sandbox.name("missing");
    await expect(runtime.run("container.inspect", { id: missing })).rejects.toMatchObject({
      name: "RuntimeError",
      code: "NOT_FOUND",
      message: `No such container: ${missing}`,
    });
    await expect(runtime.run("container.action", { id: missing, action: "start" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an id that is not a container name before it reaches the engine", async () => {
    await expect(runtime.run("container.inspect", { id: "../../info" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
