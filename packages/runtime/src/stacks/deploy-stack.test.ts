/**
 * A stack's life on the real two-node swarm (scripts/swarm-up.sh: racks r1 and r2): deployed from
 * a compose file with a spread preference and an external secret, listed, redeployed with a
 * change, removed, with the external secret left as it was.
 */
import { agentCommands, type ServiceSummary, type TaskSummary } from "@wheelhouse/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDockerRuntime } from "../runtime.ts";
import { TEST_ENDPOINT, TEST_IMAGE } from "../testing/engine.ts";
import { until } from "../testing/services.ts";
import { createStackSandbox, IDLE_COMMAND } from "../testing/stacks.ts";
import { SECOND_NODE_HOSTNAME } from "../testing/test-swarm.ts";

const sandbox = createStackSandbox();
const runtime = createDockerRuntime({ endpoint: TEST_ENDPOINT });
const stack = sandbox.name("shop");
let secret: string;

const composeFile = (color: string) => `
services:
  web:
    image: ${TEST_IMAGE}
    command: ${IDLE_COMMAND}
    environment:
      COLOR: ${color}
    deploy:
      replicas: 2
      placement:
        preferences:
          - spread: node.labels.rack
  worker:
    image: ${TEST_IMAGE}
    command: ${IDLE_COMMAND}
    networks: [back]
    secrets: [db_password]
networks:
  back: {}
secrets:
  db_password:
    external: true
    name: ${secret}
`;

// Every answer is parsed with the protocol's schema, as the control plane parses an agent's.
const stacks = {
  deploy: async (compose: string) => agentCommands["stack.deploy"].output.parse(await runtime.run("stack.deploy", { name: stack, compose })),
  list: async () => agentCommands["stack.list"].output.parse(await runtime.run("stack.list", {})),
  services: async () => agentCommands["stack.services"].output.parse(await runtime.run("stack.services", { name: stack })),
  remove: async () => agentCommands["stack.remove"].output.parse(await runtime.run("stack.remove", { name: stack })),
};
const stackServices = async () => (await runtime.run("service.list", {})).filter((s) => s.stack === stack);

/** The service's tasks once all it wants are running. */
async function running(service: ServiceSummary, count: number): Promise<TaskSummary[] | undefined> {
  const tasks = (await runtime.run("task.list", { serviceId: service.id })).filter((t) => t.desiredState === "running");
  return tasks.length === count && tasks.every((t) => t.state === "running") ? tasks : undefined;
}

beforeAll(async () => {
  secret = await sandbox.secret("db-password");
});
afterAll(() => sandbox.cleanup());

describe("a stack on the two-node swarm", () => {
  it("deploys two services, named and labelled for the stack, their tasks on both nodes", async () => {
    const result = await stacks.deploy(composeFile("blue"));
    expect(result.created.map((s) => s.name)).toEqual([`${stack}_web`, `${stack}_worker`]);
    expect(result.updated).toEqual([]);

    const services = await stackServices();
    expect(services.map((s) => s.name).sort()).toEqual([`${stack}_web`, `${stack}_worker`]);
    for (const s of services) expect(s.labels["com.docker.stack.namespace"]).toBe(stack);
    const [web, worker] = services.sort((a, b) => a.name.localeCompare(b.name));
    const webTasks = await until(() => running(web!, 2), "2 web tasks running");
    expect(new Set(webTasks.map((t) => t.nodeHostname)).size, "spread over the two racks").toBe(2);
    expect(webTasks.map((t) => t.nodeHostname)).toContain(SECOND_NODE_HOSTNAME);
    await until(() => running(worker!, 1), "the worker task running");

    const workerSpec = (await runtime.run("service.inspect", { id: worker!.id })).spec;
    expect(workerSpec?.secrets).toEqual([{ name: secret, target: "db_password" }]);
    const details = await stacks.services();
    expect(details.networks.map((n) => n.name)).toEqual([`${stack}_back`, `${stack}_default`]);
  });

  it("lists the stack with its services and tasks", async () => {
    const listed = await until(async () => {
      const found = (await stacks.list()).find((s) => s.name === stack);
      return found?.tasksRunning === 3 ? found : undefined;
    }, "the stack listed with 3 running tasks");
    expect(listed).toMatchObject({ services: 2, tasksDesired: 3 });
    expect(listed.updatedAt).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it("updates the same services when deployed again with a change", async () => {
    const before = await stackServices();
    const result = await stacks.deploy(composeFile("green"));
    expect(result.created).toEqual([]);
    expect(result.updated.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());

    const after = await stackServices();
    expect(after.map((s) => s.id).sort()).toEqual(before.map((s) => s.id).sort());
    const web = after.find((s) => s.name === `${stack}_web`);
    expect((await runtime.run("service.inspect", { id: web!.id })).spec?.env).toEqual(["COLOR=green"]);
  });

  it("removes its services and networks, and leaves the external secret", async () => {
    const removed = await stacks.remove();
    expect(removed).toEqual({ services: [`${stack}_web`, `${stack}_worker`], networks: [`${stack}_back`, `${stack}_default`], networksInUse: [] });
    expect(await stackServices()).toEqual([]);
    expect((await stacks.list()).map((s) => s.name)).not.toContain(stack);
    expect((await runtime.run("secret.list", {})).map((s) => s.name)).toContain(secret);
    // The manager lists a removed overlay network until its tasks there have stopped.
    await until(async () => ((await runtime.run("network.list", {})).some((n) => n.name.startsWith(stack)) ? undefined : true), "the networks gone");
    await expect(stacks.remove()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
