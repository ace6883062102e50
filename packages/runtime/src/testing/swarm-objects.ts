/**
 * Secrets and configs tests make on the test swarm's manager: named `wh-test-<random>-...` and
 * labelled like the engine sandbox's, so cleanup() finds and removes them by label.
 */
import { randomBytes } from "node:crypto";
import Docker from "dockerode";
import { dockerOptions, parseEndpoint } from "../endpoint.ts";
import { TEST_ENDPOINT } from "./engine.ts";

export interface SwarmObjectSandbox {
  /** The labels to put on what a test creates. */
  readonly labels: Record<string, string>;
  name(suffix: string): string;
  cleanup(): Promise<void>;
}

export function createSwarmObjectSandbox(): SwarmObjectSandbox {
  const prefix = `wh-test-${randomBytes(4).toString("hex")}`;
  const endpoint = parseEndpoint(TEST_ENDPOINT);
  if (!endpoint) throw new Error(`DOCKER_HOST is not an endpoint the runtime can dial: ${TEST_ENDPOINT}`);
  const docker = new Docker(dockerOptions(endpoint));
  const mine = { filters: { label: [`wheelhouse.test.run=${prefix}`] } };

  return {
    labels: { "wheelhouse.test": "1", "wheelhouse.test.run": prefix },
    name: (suffix) => `${prefix}-${suffix}`,
    async cleanup() {
      const gone = () => undefined;
      for (const s of await docker.listSecrets(mine)) await docker.getSecret(s.ID).remove().catch(gone);
      for (const c of await docker.listConfigs(mine)) await docker.getConfig(c.ID).remove().catch(gone);
    },
  };
}
