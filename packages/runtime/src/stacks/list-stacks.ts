/**
 * The swarm's stacks, counted as `docker stack ls` counts them, from their services' labels, and
 * one stack's services and networks. A stack left with networks only is not listed: a manager
 * goes on listing a removed overlay network until its local tasks have stopped, which would show
 * a stack just removed for a while.
 */
import type Docker from "dockerode";
import type { StackDetails, StackSummary } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import { toServiceSummary } from "../services/summary.ts";
import { millisFromIso } from "../shape.ts";
import { withSwarmErrors } from "../swarm/swarm-errors.ts";
import { ofAnyStack, ofStack, STACK_LABEL } from "./stack-label.ts";

export function listStacks(docker: Docker): Promise<StackSummary[]> {
  return withSwarmErrors(async () => {
    const services = await docker.listServices({ filters: ofAnyStack, status: true });
    const stacks = new Map<string, StackSummary>();
    for (const service of services) {
      const name = service.Spec?.Labels?.[STACK_LABEL];
      if (!name) continue;
      const counted = stacks.get(name) ?? { name, services: 0, tasksRunning: 0, tasksDesired: 0, updatedAt: 0 };
      stacks.set(name, counted);
      counted.services += 1;
      counted.tasksRunning += service.ServiceStatus?.RunningTasks ?? 0;
      counted.tasksDesired += service.ServiceStatus?.DesiredTasks ?? 0;
      counted.updatedAt = Math.max(counted.updatedAt, millisFromIso(service.UpdatedAt));
    }
    return [...stacks.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
}

/** A stack's services, with their task counts, and the networks it created. */
export function inspectStack(docker: Docker, name: string): Promise<StackDetails> {
  return withSwarmErrors(async () => {
    const [services, networks] = await Promise.all([docker.listServices({ filters: ofStack(name), status: true }), docker.listNetworks({ filters: ofStack(name) })]);
    if (services.length === 0 && networks.length === 0) throw new RuntimeError("NOT_FOUND", `No stack named ${name} on this swarm`);
    return {
      name,
      services: services.map(toServiceSummary).sort((a, b) => a.name.localeCompare(b.name)),
      networks: networks.map((n) => ({ id: n.Id, name: n.Name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
}
