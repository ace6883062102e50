/**
 * Bad input to services on the real two-node swarm: each is refused with a clear message and the
 * swarm is left as it was. Also the placement check's other side: a label some node has is accepted.
 */
import { ServiceSpec } from "@wheelhouse/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { createServiceSandbox, until } from "../testing/services.ts";

const swarm = createServiceSandbox();
const { runtime } = swarm;
afterAll(() => swarm.cleanup());

const names = async () => (await runtime.run("service.list", {})).map((s) => s.name);

describe("service refusals", () => {
  it("refuses an invalid image name in the schema, before the engine sees it", async () => {
    const spec = { ...swarm.spec("bad-image"), image: "Not An Image!" };
    expect(ServiceSpec.safeParse(spec).error?.issues[0]).toMatchObject({ path: ["image"], message: expect.stringContaining('"Not An Image!" is not an image reference') });
    await expect(runtime.run("service.create", { spec })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("is not an image reference") });
    expect(await names()).not.toContain(spec.name);
  });

  it("refuses a published port another service holds, in the engine's words, and creates nothing", async () => {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    // No replicas: the port is the service's from creation on, whether or not tasks run.
    const holder = swarm.spec("port-holder", { mode: { type: "replicated", replicas: 0 }, ports: [{ target: 80, published: port }] });
    await runtime.run("service.create", { spec: holder });
    const second = swarm.spec("port-taker", { ports: [{ target: 8080, published: port }] });
    await expect(runtime.run("service.create", { spec: second })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(new RegExp(`^port '${port}' is already in use by service '${holder.name}'`)),
    });
    expect(await names()).not.toContain(second.name);
  });

  it("refuses a constraint on a node label no node has, and creates nothing", async () => {
    const spec = swarm.spec("nowhere", { placement: { constraints: ["node.labels.rack==r9"] } });
    await expect(runtime.run("service.create", { spec })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "No node has the label rack=r9; tasks would never be scheduled",
    });
    expect(await names()).not.toContain(spec.name);
  });

  it("places by a label a node has", async () => {
    const spec = swarm.spec("rack-r2", { mode: { type: "replicated", replicas: 2 }, placement: { constraints: ["node.labels.rack==r2"] } });
    const { id } = await runtime.run("service.create", { spec });
    const tasks = await until(async () => {
      const running = (await runtime.run("task.list", { serviceId: id })).filter((t) => t.state === "running");
      return running.length === 2 ? running : undefined;
    }, "2 running tasks");
    expect(tasks.map((t) => t.nodeHostname)).toEqual(["wh-node-2", "wh-node-2"]);
    const nodeId = tasks[0]?.nodeId ?? "";
    expect((await runtime.run("task.list", { nodeId })).map((t) => t.nodeId)).toEqual(expect.arrayContaining([nodeId]));
  });

  it("will not scale a global service, nor roll back a service never updated", async () => {
    const { id } = await runtime.run("service.create", { spec: swarm.spec("everywhere", { mode: { type: "global" } }) });
    await expect(runtime.run("service.scale", { id, replicas: 3 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A global service runs one task per node; it cannot be scaled",
    });
    await expect(runtime.run("service.rollback", { id })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("no previous version") });
    expect((await runtime.run("service.inspect", { id })).version).toBeGreaterThan(0);
  });

  it("says which service does not exist", async () => {
    await expect(runtime.run("service.inspect", { id: "wh-test-no-such-service" })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("not found") });
  });
});
