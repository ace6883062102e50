/**
 * Test support for stacks on the two-node swarm: stack names and external objects from a swarm
 * sandbox, and a cleanup that removes every service and network of this sandbox's stacks (found by
 * the stack label, whatever a failed test left behind), then the sandbox's own networks and secrets.
 */
import Docker from "dockerode";
import { dockerOptions, parseEndpoint } from "../endpoint.ts";
import { ofAnyStack, STACK_LABEL } from "../stacks/stack-label.ts";
import { TEST_ENDPOINT } from "./engine.ts";
import { createSwarmObjectSandbox } from "./swarm-objects.ts";

/** The command of a stack's test services: it exits on SIGTERM, so their tasks stop at once. */
export const IDLE_COMMAND = `["sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait"]`;

export function createStackSandbox() {
  const objects = createSwarmObjectSandbox();
  const endpoint = parseEndpoint(TEST_ENDPOINT);
  if (!endpoint) throw new Error(`DOCKER_HOST is not an endpoint the runtime can dial: ${TEST_ENDPOINT}`);
  const docker = new Docker(dockerOptions(endpoint));
  const prefix = `${objects.labels["wheelhouse.test.run"]}-`;
  const mine = { filters: { label: [`wheelhouse.test.run=${objects.labels["wheelhouse.test.run"]}`] } };
  const ours = (labels: Record<string, string> | undefined) => labels?.[STACK_LABEL]?.startsWith(prefix) === true;

  return {
    docker,
    labels: objects.labels,
    /** A stack's name, or a secret's. */
    name: objects.name,
    async secret(suffix: string): Promise<string> {
      await docker.createSecret({ Name: objects.name(suffix), Labels: objects.labels, Data: Buffer.from("s3cret").toString("base64") });
      return objects.name(suffix);
    },
    /** A swarm-scoped network outside any stack, as an external network. */
    async overlay(suffix: string): Promise<string> {
      await docker.createNetwork({ Name: objects.name(suffix), Driver: "overlay", Labels: objects.labels });
      return objects.name(suffix);
    },
    async cleanup() {
      const gone = () => undefined;
      for (const s of await docker.listServices({ filters: ofAnyStack })) if (ours(s.Spec?.Labels)) await docker.getService(s.ID).remove().catch(gone);
      // A network stays in use for a moment after its services go.
      for (let attempt = 0; attempt < 40; attempt++) {
        const left = [...(await docker.listNetworks({ filters: ofAnyStack })).filter((n) => ours(n.Labels)), ...(await docker.listNetworks(mine))];
        if (left.length === 0) break;
        for (const n of left) await docker.getNetwork(n.Id).remove().catch(gone);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      await objects.cleanup();
    },
  };
}
