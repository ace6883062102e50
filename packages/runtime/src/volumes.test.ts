import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
let volume = "";
let user = "";

beforeAll(async () => {
  volume = await sandbox.volume("data");
  user = await sandbox.container("user", { volume, start: false });
});
afterAll(() => sandbox.cleanup());

describe("volumes", () => {
  it("lists volumes in the protocol's shape", async () => {
    const list = agentCommands["volume.list"].output.parse(await runtime.run("volume.list", {}));
    const mine = list.find((v) => v.name === volume);
    expect(mine).toMatchObject({ driver: "local", scope: "local", labels: { "wheelhouse.test": "1" } });
    expect(mine?.createdAt).toBeGreaterThan(Date.now() - 600_000);
  });

  it("inspects a volume with the containers using it", async () => {
    const details = agentCommands["volume.inspect"].output.parse(await runtime.run("volume.inspect", { name: volume }));
    expect(details.usedBy).toEqual([{ id: user, name: sandbox.name("user") }]);
    expect(details.mountpoint).toContain(volume);
  });

  it("refuses to remove a volume in use, then removes it once free", async () => {
    await expect(runtime.run("volume.remove", { name: volume, force: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("in use"),
    });
    await runtime.run("container.remove", { id: user, force: true, removeVolumes: false });
    await runtime.run("volume.remove", { name: volume, force: false });
    await expect(runtime.run("volume.inspect", { name: volume })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
