/**
 * Swarm services through the real control plane: the local agent drives the engine, a manager of
 * the test swarm (scripts/swarm-up.sh), and service procedures are addressed by the swarm's cluster ID.
 */
import type { ServiceDetails, ServiceSummary, TaskSummary } from "@wheelhouse/protocol";
import { createServiceSandbox, until } from "@wheelhouse/runtime/testing/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, localSwarmId, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let swarmId: string;
const sandbox = createServiceSandbox();

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
  swarmId = await localSwarmId(admin);
});

afterAll(async () => {
  await sandbox.cleanup();
  await plane?.drop();
});

describe("services through the API", () => {
  it("creates a service, lists it and its tasks, scales it and removes it", async () => {
    const spec = sandbox.spec("api", { mode: { type: "replicated", replicas: 2 } });
    const created = await admin.mutate("services.create", { swarmId, spec });
    expect(created.status).toBe(200);
    const { id } = created.data as { id: string };

    const listed = ((await admin.query("services.list", { swarmId })).data as ServiceSummary[]).find((s) => s.id === id);
    expect(listed).toMatchObject({ name: spec.name, image: spec.image, mode: "replicated" });
    const details = (await admin.query("services.inspect", { swarmId, id })).data as ServiceDetails;
    expect(details).toMatchObject({ id, spec, hasPreviousSpec: false });
    const running = (count: number) => async () => {
      const tasks = (await admin.query("services.tasks", { swarmId, serviceId: id })).data as TaskSummary[];
      const live = tasks.filter((t) => t.desiredState === "running" && t.state === "running");
      return live.length === count && live.length === tasks.filter((t) => t.desiredState === "running").length ? live : undefined;
    };
    const tasks = await until(running(2), "2 running tasks");
    expect(tasks.every((t) => t.serviceId === id && t.nodeHostname)).toBe(true);

    expect((await admin.mutate("services.scale", { swarmId, id, replicas: 3 })).status).toBe(200);
    await until(running(3), "3 running tasks");

    expect((await admin.mutate("services.remove", { swarmId, id })).status).toBe(200);
    expect(((await admin.query("services.list", { swarmId })).data as ServiceSummary[]).map((s) => s.id)).not.toContain(id);
  });

  it("answers a constraint on a label no node has with a 400 that says so, and creates nothing", async () => {
    const spec = sandbox.spec("nowhere", { placement: { constraints: ["node.labels.rack==r9"] } });
    const res = await admin.mutate("services.create", { swarmId, spec });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe("No node has the label rack=r9; tasks would never be scheduled");
    expect(((await admin.query("services.list", { swarmId })).data as ServiceSummary[]).map((s) => s.name)).not.toContain(spec.name);
  });

  it("refuses an invalid image with a 400 naming the field", async () => {
    const res = await admin.mutate("services.create", { swarmId, spec: { ...sandbox.spec("bad"), image: "Not An Image!" } });
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/^spec\.image: "Not An Image!" is not an image reference/);
  });
});
