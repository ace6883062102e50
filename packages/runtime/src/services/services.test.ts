/**
 * Services through the runtime on the real two-node swarm (scripts/swarm-up.sh: racks r1 and r2):
 * spreading, scaling, a rolling update and its rollback, and draining a node.
 */
import { ServiceSpec, type TaskSummary } from "@wheelhouse/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngineSandbox } from "../testing/engine.ts";
import { createServiceSandbox, until } from "../testing/services.ts";

const swarm = createServiceSandbox();
const { runtime } = swarm;
// Swarm nodes are not this module's to change; the test drains one through the Engine API itself.
const { docker } = createEngineSandbox();

interface EngineNode {
  ID: string;
  Version: { Index: number };
  Spec: { Availability: string };
  Description: { Hostname: string };
}
let hostnames: string[];
let serviceId: string;

const inspect = () => runtime.run("service.inspect", { id: serviceId });

/** The tasks meant to run, once every one of them runs and there are `count`. */
async function settled(count: number): Promise<TaskSummary[] | undefined> {
  const tasks = (await runtime.run("task.list", { serviceId })).filter((t) => t.desiredState === "running");
  return tasks.length === count && tasks.every((t) => t.state === "running") ? tasks : undefined;
}

function perNode(tasks: TaskSummary[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tasks) counts[t.nodeHostname ?? "?"] = (counts[t.nodeHostname ?? "?"] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  const nodes = (await docker.listNodes()) as EngineNode[];
  hostnames = nodes.map((n) => n.Description.Hostname).sort();
  expect(hostnames, "run scripts/swarm-up.sh first: these tests need its two nodes").toHaveLength(2);
});

afterAll(() => swarm.cleanup());

describe("a replicated service across two racks", () => {
  it("spreads 4 replicas 2 and 2 over the racks", async () => {
    const spec = swarm.spec("spread", {
      mode: { type: "replicated", replicas: 4 },
      env: ["COLOR=blue"],
      placement: { preferences: ["node.labels.rack"] },
      updateConfig: { parallelism: 1, delay: "0s", monitor: "500ms", failureAction: "pause" },
      rollbackConfig: { parallelism: 1, delay: "0s", monitor: "500ms", failureAction: "pause" },
    });
    const created = await runtime.run("service.create", { spec });
    serviceId = created.id;
    expect(created.warnings).toEqual([]);
    const tasks = await until(() => settled(4), "4 running tasks");
    expect(perNode(tasks)).toEqual({ [hostnames[0]!]: 2, [hostnames[1]!]: 2 });
    const listed = (await runtime.run("service.list", {})).find((s) => s.id === serviceId);
    expect(listed).toMatchObject({ name: spec.name, image: spec.image, mode: "replicated", replicas: { desired: 4, running: 4 } });
    expect((await inspect()).spec).toEqual(spec);
  });

  it("scales up to 6 and down to 2, the running count following", async () => {
    await runtime.run("service.scale", { id: serviceId, replicas: 6 });
    expect(perNode(await until(() => settled(6), "6 running tasks"))).toEqual({ [hostnames[0]!]: 3, [hostnames[1]!]: 3 });
    await runtime.run("service.scale", { id: serviceId, replicas: 2 });
    await until(() => settled(2), "2 running tasks");
    await until(async () => ((await inspect()).replicas.running === 2 ? true : undefined), "the service to count 2 running");
    expect((await inspect()).replicas.desired).toBe(2);
  });

  it("rolls an environment change out task by task, then rolls it back", async () => {
    const before = await inspect();
    const oldTasks = new Set((await settled(2))?.map((t) => t.id));
    await runtime.run("service.update", { id: serviceId, version: before.version, spec: ServiceSpec.parse({ ...before.spec, env: ["COLOR=green"] }) });
    const updated = await until(async () => {
      const s = await inspect();
      return s.updateStatus?.state === "completed" ? s : undefined;
    }, "the update to complete");
    expect(updated.spec?.env).toEqual(["COLOR=green"]);
    expect(updated.hasPreviousSpec).toBe(true);
    expect(updated.previousSpec?.env).toEqual(before.spec?.env);
    const newTasks = await until(() => settled(2), "2 updated tasks");
    expect(newTasks.filter((t) => oldTasks.has(t.id))).toEqual([]);

    await runtime.run("service.rollback", { id: serviceId });
    const rolledBack = await until(async () => {
      const s = await inspect();
      return s.updateStatus?.state === "rollback_completed" ? s : undefined;
    }, "the rollback to complete");
    expect(rolledBack.spec?.env).toEqual(["COLOR=blue"]);
  });

  it("refuses an update made against a version that is no longer current", async () => {
    const stale = await inspect();
    await runtime.run("service.scale", { id: serviceId, replicas: 2 });
    await expect(runtime.run("service.update", { id: serviceId, version: stale.version, spec: ServiceSpec.parse({ ...stale.spec, env: ["COLOR=red"] }) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "The service has changed since it was read; reload it and make the change again",
    });
    expect((await inspect()).spec?.env).toEqual(["COLOR=blue"]);
  });

  it("moves a drained node's tasks to the other node", async () => {
    const [worker] = ((await docker.listNodes()) as EngineNode[]).filter((n) => n.Description.Hostname === "wh-node-2");
    if (!worker) throw new Error("no node wh-node-2 in the swarm");
    const other = hostnames.find((h) => h !== "wh-node-2");
    // Other test files change this node too: read it fresh, and again when one got in between.
    const setAvailability = async (availability: string) => {
      for (let attempt = 1; ; attempt++) {
        const node = (await docker.getNode(worker.ID).inspect()) as EngineNode;
        try {
          return await docker.getNode(worker.ID).update({ _query: { version: node.Version.Index }, _body: { ...node.Spec, Availability: availability } });
        } catch (error) {
          if (attempt === 5 || !String(error).includes("update out of sequence")) throw error;
        }
      }
    };
    await until(() => settled(2), "2 running tasks");
    try {
      await setAvailability("drain");
      const moved = await until(async () => {
        const tasks = await settled(2);
        return tasks?.every((t) => t.nodeHostname === other) ? tasks : undefined;
      }, "the tasks to leave the drained node");
      expect(perNode(moved)).toEqual({ [other!]: 2 });
    } finally {
      await setAvailability("active");
    }
  });
});
