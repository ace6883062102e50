/**
 * Stack deploys refused before anything is written, on the real swarm: a file with problems (each
 * told with its line and path), and a file whose services need what the swarm lacks.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createDockerRuntime } from "../runtime.ts";
import { createEngineSandbox, TEST_ENDPOINT, TEST_IMAGE } from "../testing/engine.ts";
import { createStackSandbox, IDLE_COMMAND } from "../testing/stacks.ts";

const sandbox = createStackSandbox();
const engine = createEngineSandbox();
const runtime = createDockerRuntime({ endpoint: TEST_ENDPOINT });
afterAll(async () => {
  await sandbox.cleanup();
  await engine.cleanup();
});

const service = (extra = "") => `
services:
  web:
    image: ${TEST_IMAGE}
    command: ${IDLE_COMMAND}
${extra}`;

/** Deploys and expects a refusal, then that the stack has no service and no network. */
async function refused(compose: string) {
  const name = sandbox.name(`refused-${Math.random().toString(36).slice(2, 8)}`);
  const error: unknown = await runtime.run("stack.deploy", { name, compose }).then(
    () => undefined,
    (e: unknown) => e,
  );
  await expect(runtime.run("stack.services", { name })).rejects.toMatchObject({ code: "NOT_FOUND" });
  return error;
}

describe("a compose file with problems", () => {
  it("refuses malformed YAML, saying where", async () => {
    expect(await refused("services:\n  web:\n    image: [unclosed\n")).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^The compose file can't be deployed, nothing was changed\. line 4, the file: Flow sequence/),
    });
  });

  it("refuses a network no top-level networks declare, naming its line and path", async () => {
    expect(await refused(service("    networks: [back]\n"))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(`line 6, services.web.networks[0]: the network "back" is not declared under the top-level networks`),
    });
  });

  it("tells every problem, not the first only", async () => {
    const error = await refused(service("    networks: [back]\n    restart: sometimes\n  db: {}\n"));
    expect((error as Error).message).toMatch(/services\.web\.networks\[0\].*; .*services\.web\.restart.*; .*services\.db/);
  });
});

describe("a file needing what the swarm lacks", () => {
  it("refuses a constraint on a node label no node has", async () => {
    expect(await refused(service("    deploy:\n      placement:\n        constraints: [node.labels.rack==r9]\n"))).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/_web: No node has the label rack=r9; tasks would never be scheduled; nothing was changed$/),
    });
  });

  it("refuses an external secret, config or network that doesn't exist, naming each", async () => {
    const secret = sandbox.name("absent-secret");
    const extra = `    secrets: [db]
    configs: [conf]
    networks: [outside]
secrets:
  db: { external: true, name: ${secret} }
configs:
  conf: { external: true, name: ${sandbox.name("absent-config")} }
networks:
  outside: { external: true, name: ${sandbox.name("absent-network")} }
`;
    const { message } = (await refused(service(extra))) as Error;
    expect(message).toMatch(/^The swarm lacks what the stack needs, nothing was changed: /);
    expect(message).toContain(`the secret "${secret}" doesn't exist on this swarm`);
    expect(message).toContain(`the config "${sandbox.name("absent-config")}" doesn't exist`);
    expect(message).toContain(`the network "${sandbox.name("absent-network")}" is declared external but doesn't exist`);
  });

  it("refuses an external network local to one node", async () => {
    const id = await engine.network("bridge");
    const bridge = (await engine.docker.getNetwork(id).inspect()) as { Name: string };
    const extra = `    networks: [outside]\nnetworks:\n  outside: { external: true, name: ${bridge.Name} }\n`;
    expect(await refused(service(extra))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("is local to one node") });
  });

  it("deploys onto an external overlay network without creating or removing it", async () => {
    const network = await sandbox.overlay("shared");
    const name = sandbox.name("outside");
    const extra = `    networks: [outside]\nnetworks:\n  outside: { external: true, name: ${network} }\n`;
    expect((await runtime.run("stack.deploy", { name, compose: service(extra) })).created).toHaveLength(1);
    expect((await runtime.run("stack.services", { name })).networks).toEqual([]);
    expect(await runtime.run("stack.remove", { name })).toMatchObject({ services: [`${name}_web`], networks: [] });
    expect((await runtime.run("network.list", {})).map((n) => n.name)).toContain(network);
  });
});
