/**
 * Stacks through the real control plane: the local agent drives the engine, a manager of the test
 * swarm (scripts/swarm-up.sh), and stack procedures are addressed by the swarm's cluster ID.
 */
import type { StackCheck, StackDeployOutcome, StackDetails, StackRemoveResult, StackSummary } from "@wheelhouse/protocol";
import { TEST_IMAGE } from "@wheelhouse/runtime/testing";
import { until } from "@wheelhouse/runtime/testing/services";
import { createStackSandbox, IDLE_COMMAND } from "@wheelhouse/runtime/testing/stacks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, localSwarmId, signInAdmin, startTestPlane } from "./testing/start-test-plane.ts";

let plane: Awaited<ReturnType<typeof startTestPlane>>;
let admin: ApiClient;
let swarmId: string;
const sandbox = createStackSandbox();

const compose = (replicas: number) => `
services:
  app:
    image: ${TEST_IMAGE}
    command: ${IDLE_COMMAND}
    deploy:
      replicas: ${replicas}
`;

beforeAll(async () => {
  plane = await startTestPlane();
  admin = await signInAdmin(plane);
  swarmId = await localSwarmId(admin);
});

afterAll(async () => {
  await sandbox.cleanup();
  await plane?.drop();
});

describe("stacks through the API", () => {
  it("checks a file without deploying it: every problem with its line and path", async () => {
    const name = sandbox.name("checked");
    const bad = `services:\n  app:\n    image: ${TEST_IMAGE}\n    networks: [back]\n    restart: sometimes\n`;
    const res = await admin.mutate("stacks.validate", { swarmId, name, compose: bad });
    expect(res.status).toBe(200);
    const check = res.data as StackCheck;
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map(({ path, line }) => ({ path, line }))).toEqual([
      { path: "services.app.networks[0]", line: 4 },
      { path: "services.app.restart", line: 5 },
    ]);
    expect((await admin.mutate("stacks.validate", { swarmId, name, compose: compose(1) })).data).toEqual({
      ok: true,
      services: [`${name}_app`],
      networks: [`${name}_default`],
      warnings: [],
    });
    expect(((await admin.query("stacks.list", { swarmId })).data as StackSummary[]).map((s) => s.name)).not.toContain(name);
  });

  it("answers a deploy of a file with problems with the problems, and deploys nothing", async () => {
    const name = sandbox.name("bad");
    const res = await admin.mutate("stacks.deploy", { swarmId, name, compose: "services:\n  app: {}\n" });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ ok: false, problems: [expect.objectContaining({ path: "services.app.image", line: 2, message: expect.stringContaining("name the image") })] });
    expect((await admin.query("stacks.services", { swarmId, name })).status).toBe(404);
  });

  it("deploys a stack, lists it and its services, redeploys it and removes it", async () => {
    const name = sandbox.name("api");
    const deployed = (await admin.mutate("stacks.deploy", { swarmId, name, compose: compose(2) })).data as StackDeployOutcome;
    expect(deployed).toMatchObject({ ok: true, created: [{ name: `${name}_app` }], updated: [] });

    const listed = await until(async () => {
      const stack = ((await admin.query("stacks.list", { swarmId })).data as StackSummary[]).find((s) => s.name === name);
      return stack?.tasksRunning === 2 ? stack : undefined;
    }, "the stack listed with 2 running tasks");
    expect(listed).toMatchObject({ services: 1, tasksDesired: 2 });
    const details = (await admin.query("stacks.services", { swarmId, name })).data as StackDetails;
    expect(details.services.map((s) => s.name)).toEqual([`${name}_app`]);

    const redeployed = (await admin.mutate("stacks.deploy", { swarmId, name, compose: compose(3) })).data as StackDeployOutcome;
    expect(redeployed).toMatchObject({ ok: true, created: [], updated: [{ id: details.services[0]?.id }] });

    const removed = (await admin.mutate("stacks.remove", { swarmId, name })).data as StackRemoveResult;
    expect(removed).toEqual({ services: [`${name}_app`], networks: [`${name}_default`], networksInUse: [] });
    expect(((await admin.query("stacks.list", { swarmId })).data as StackSummary[]).map((s) => s.name)).not.toContain(name);
  });

  it("refuses a node label no node has with a 400 that says so", async () => {
    const name = sandbox.name("nowhere");
    const file = `${compose(1)}      placement:\n        constraints: [node.labels.rack==r9]\n`;
    const res = await admin.mutate("stacks.deploy", { swarmId, name, compose: file });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(`${name}_app: No node has the label rack=r9; tasks would never be scheduled; nothing was changed`);
    expect((await admin.query("stacks.services", { swarmId, name })).status).toBe(404);
  });
});
