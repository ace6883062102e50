/**
 * Stacks as resources: a stack is its services. It is visible when any of its services is, and
 * deploying or removing it needs the permission on every service it touches: the labels each
 * service of the file will carry, and the services of the stack it replaces or removes.
 */
import type { Authorizer, Permission } from "@wheelhouse/auth";
import type { StackPlan } from "@wheelhouse/compose";
import type { ServiceSummary, StackProblem, StackSummary } from "@wheelhouse/protocol";
import { hostAccessOfCompose } from "./host-access.ts";
import { hostAccessDenial, labelRefusal } from "./require.ts";
import { labelledResource } from "./swarm-object-resources.ts";

/** The file's services the caller may not deploy, each refusal located at its service in the file. */
export function stackPlanRefusals(access: Authorizer, swarmId: string, plan: StackPlan): StackProblem[] {
  return plan.services.flatMap((spec) => {
    const resource = labelledResource(swarmId, spec.Labels);
    const path = `services.${spec.Name.slice(plan.name.length + 1)}`;
    const refusals = [labelRefusal(access, "stack.deploy", resource, "deploy a service", "labels"), hostAccessDenial(access, resource, hostAccessOfCompose(spec))];
    return refusals.filter((message) => message !== null).map((message) => ({ path, message }));
  });
}

/** The stack's services on the swarm, by its com.docker.stack.namespace label. */
export const servicesOfStack = (services: readonly ServiceSummary[], stack: string) => services.filter((service) => service.stack === stack);

/** Of the stack's services, those the caller lacks `permission` on. */
export function servicesWithout(access: Authorizer, permission: Permission, swarmId: string, services: readonly ServiceSummary[]): ServiceSummary[] {
  return services.filter((service) => !access.can(permission, labelledResource(swarmId, service.labels)));
}

/**
 * The stacks the caller sees, counted over the services they see: a stack's counts must not tell
 * how many services of another team's it holds.
 */
export function visibleStacks(access: Authorizer, swarmId: string, services: readonly ServiceSummary[]): StackSummary[] {
  const stacks = new Map<string, StackSummary>();
  for (const service of services) {
    if (service.stack === null || !access.can("stack.view", labelledResource(swarmId, service.labels))) continue;
    const counted = stacks.get(service.stack) ?? { name: service.stack, services: 0, tasksRunning: 0, tasksDesired: 0, updatedAt: 0 };
    counted.services += 1;
    counted.tasksRunning += service.replicas.running;
    counted.tasksDesired += service.replicas.desired ?? 0;
    counted.updatedAt = Math.max(counted.updatedAt, service.updatedAt);
    stacks.set(service.stack, counted);
  }
  return [...stacks.values()].sort((a, b) => a.name.localeCompare(b.name));
}
