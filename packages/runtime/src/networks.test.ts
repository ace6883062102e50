import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
let network = "";
let member = "";

beforeAll(async () => {
  network = await sandbox.network("net");
  member = await sandbox.container("member", { network: sandbox.name("net") });
});
afterAll(() => sandbox.cleanup());

describe("networks", () => {
  it("lists networks in the protocol's shape, marking the built-in ones", async () => {
    const list = agentCommands["network.list"].output.parse(await runtime.run("network.list", {}));
    const builtIn = Object.fromEntries(list.map((n) => [n.name, n.builtIn]));
    expect(builtIn).toMatchObject({ bridge: true, host: true, none: true, [sandbox.name("net")]: false });
    expect(list.find((n) => n.id === network)).toMatchObject({ driver: "bridge", scope: "local", labels: { "wheelhouse.test": "1" } });
  });

  it("inspects a network with its containers", async () => {
    const details = agentCommands["network.inspect"].output.parse(await runtime.run("network.inspect", { id: network }));
    expect(details.containers).toEqual([{ id: member, name: sandbox.name("member"), ipv4Address: expect.stringMatching(/\/\d+$/) }]);
    expect(details.subnets[0]?.subnet).toMatch(/\/\d+$/);
  });

  it("refuses to remove a built-in network or one in use, with Docker's reason", async () => {
    await expect(runtime.run("network.remove", { id: "bridge" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("pre-defined network"),
    });
    await expect(runtime.run("network.remove", { id: network })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("active endpoints"),
    });
  });

  it("removes a network once free", async () => {
    await runtime.run("container.remove", { id: member, force: true, removeVolumes: false });
    await runtime.run("network.remove", { id: network });
    await expect(runtime.run("network.inspect", { id: network })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
