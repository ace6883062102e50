import { describe, expect, it } from "vitest";
import { EngineStatus } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";

describe("an unreachable engine", () => {
  const runtime = createDockerRuntime({ endpoint: "/tmp/does-not-exist.sock" });

  it("is a status naming the socket, not an exception", async () => {
    const status = EngineStatus.parse(await runtime.status());
    expect(status).toMatchObject({ reachable: false, endpoint: "unix:///tmp/does-not-exist.sock" });
    expect(!status.reachable && status.error).toContain("/tmp/does-not-exist.sock");
  });

  it("fails commands with ENGINE_UNAVAILABLE", async () => {
    await expect(runtime.run("container.list", {})).rejects.toMatchObject({
      code: "ENGINE_UNAVAILABLE",
      message: "Cannot reach the Docker Engine at unix:///tmp/does-not-exist.sock: no socket at that path",
    });
  });

  it("fails its event stream with ENGINE_UNAVAILABLE", async () => {
    const follow = async () => {
      for await (const _ of runtime.events(new AbortController().signal)) break;
    };
    await expect(follow()).rejects.toMatchObject({ code: "ENGINE_UNAVAILABLE" });
  });
});

describe("createDockerRuntime", () => {
  it("refuses an endpoint it cannot dial", () => {
    expect(() => createDockerRuntime({ endpoint: "ssh://somewhere" })).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});
