import { afterAll, describe, expect, it } from "vitest";
import type { EngineEvent } from "@wheelhouse/protocol";
import { createDockerRuntime } from "./runtime.ts";
import { createEngineSandbox } from "./testing/engine.ts";

const sandbox = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: sandbox.endpoint });
afterAll(() => sandbox.cleanup());

async function drain(events: AsyncIterable<EngineEvent>, until: (e: EngineEvent) => boolean): Promise<EngineEvent | undefined> {
  for await (const event of events) if (until(event)) return event;
  return undefined;
}

describe("events", () => {
  it("yields a container's start", async () => {
    const id = await sandbox.container("evented", { start: false });
    const abort = new AbortController();
    const deadline = setTimeout(() => abort.abort(), 20_000);
    const event = await sandbox.restartUntil(id, drain(runtime.events(abort.signal), (e) => e.actorId === id && e.action === "start"));
    clearTimeout(deadline);
    abort.abort();
    expect(event).toMatchObject({ type: "container", action: "start", actorId: id, attributes: { name: sandbox.name("evented") } });
    expect(event?.timeNano).toBeGreaterThan(0);
  });

  it("ends when its signal aborts", async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 300);
    await expect(drain(runtime.events(abort.signal), () => false)).resolves.toBeUndefined();
  });

  it("ends at once when its signal is already aborted", async () => {
    await expect(drain(runtime.events(AbortSignal.abort()), () => true)).resolves.toBeUndefined();
  });
});
