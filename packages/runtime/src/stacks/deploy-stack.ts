/**
 * `docker stack deploy` on a swarm manager: the compose file read into a plan (refused whole, with
 * every problem, if it has any), checked against the swarm, then its networks created and its
 * services created or updated. Nothing is written until every check has passed.
 */
import { parseStack } from "@wheelhouse/compose";
import type { StackDeploy, StackDeployResult } from "@wheelhouse/protocol";
import type Docker from "dockerode";
import { withSwarmErrors } from "../swarm/swarm-errors.ts";
import { composeRefusal } from "./compose-refusal.ts";
import { createStackNetworks } from "./create-networks.ts";
import { specsForSwarm } from "./swarm-prerequisites.ts";
import { writeStackServices } from "./write-services.ts";

export function deployStack(docker: Docker, { name, compose }: StackDeploy): Promise<StackDeployResult> {
  return withSwarmErrors(async () => {
    const parsed = parseStack(compose, name);
    if (!parsed.ok) throw composeRefusal(parsed.problems);
    const specs = await specsForSwarm(docker, parsed.stack);
    await createStackNetworks(docker, parsed.stack);
    const written = await writeStackServices(docker, parsed.stack.name, specs);
    return { ...written, warnings: [...parsed.warnings, ...written.warnings] };
  });
}
