/** The networks a stack creates (overlays, labelled with its name), made before the services that attach to them. */
import type { StackPlan } from "@wheelhouse/compose";
import type Docker from "dockerode";
import { ofStack } from "./stack-label.ts";

/** Creates the plan's networks the stack doesn't have yet; returns their names. */
export async function createStackNetworks(docker: Docker, plan: StackPlan): Promise<string[]> {
  const existing = new Set((await docker.listNetworks({ filters: ofStack(plan.name) })).map((n) => n.Name));
  const created: string[] = [];
  for (const network of plan.networks) {
    if (network.external || existing.has(network.name)) continue;
    await docker.createNetwork({ ...network.spec, CheckDuplicate: true });
    created.push(network.name);
  }
  return created;
}
