import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCommands } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox, TEST_IMAGE } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
// An image of this test's own (a commit inherits the container's labels, so cleanup finds it):
// removing it can never take away the shared test image.
const ownTag = `${sandbox.name("img")}:1`;
let ownImageId = "";

beforeAll(async () => {
  const source = await sandbox.container("source", { start: false });
  ownImageId = ((await sandbox.docker.getContainer(source).commit({ repo: sandbox.name("img"), tag: "1" })) as { Id: string }).Id;
});
afterAll(() => sandbox.cleanup());

describe("images", () => {
  it("lists images in the protocol's shape, with real container counts", async () => {
    await sandbox.container("user", { image: ownTag, start: false });
    const list = agentCommands["image.list"].output.parse(await runtime.run("image.list", {}));
    expect(list.find((i) => i.tags.includes(TEST_IMAGE))).toMatchObject({ dangling: false });
    expect(list.find((i) => i.id === ownImageId)).toMatchObject({ tags: [ownTag], containers: 1, dangling: false });
  });

  it("inspects an image in the protocol's shape", async () => {
    const details = agentCommands["image.inspect"].output.parse(await runtime.run("image.inspect", { id: TEST_IMAGE }));
    expect(details.tags).toContain(TEST_IMAGE);
    expect(details.layers).toBeGreaterThan(0);
    expect(details.os).toBe("linux");
    expect(details.createdAt).toBeGreaterThan(0);
  });

  it("refuses to remove an image a container uses, saying which container", async () => {
    await sandbox.container("holder", { image: ownTag, start: false });
    await expect(runtime.run("image.remove", { id: ownTag, force: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^conflict: unable to remove repository reference .* container [0-9a-f]{12} is using its referenced image/),
    });
  });

  it("removes an unused image, reporting what it untagged and deleted", async () => {
    for (const c of await sandbox.docker.listContainers({ all: true, filters: { ancestor: [ownImageId] } })) {
      await sandbox.docker.getContainer(c.Id).remove({ force: true });
    }
    const removed = agentCommands["image.remove"].output.parse(await runtime.run("image.remove", { id: ownTag, force: false }));
    expect(removed.untagged).toContain(ownTag);
    expect(removed.deleted).toContain(ownImageId);
  });

  it("answers NOT_FOUND for an unknown image", async () => {
    await expect(runtime.run("image.inspect", { id: `${sandbox.name("nope")}:1` })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
