/**
 * How docker stack deploy names things: every object the stack creates is "<stack>_<name>" and
 * carries the stack's label, which is how `docker stack ls/rm` (and Wheelhouse) find them again.
 */
import type { Labels } from "./docker-service-spec.ts";

export const stackLabel = "com.docker.stack.namespace";
/** The image as the file names it, before the engine pins it to a digest; stack updates compare it. */
export const imageLabel = "com.docker.stack.image";

export const scoped = (stack: string, name: string): string => `${stack}_${name}`;

export const withStackLabel = (stack: string, labels: Labels = {}): Labels => ({ ...labels, [stackLabel]: stack });

/** Swarm's rule for service names (a DNS label); the stack's name starts every one of them. */
const serviceName = /^[a-zA-Z0-9](?:[-_]*[a-zA-Z0-9]+)*$/;
const stackName = /^[a-z0-9](?:[-_]*[a-z0-9]+)*$/;
/** Docker's rule for the names of networks, volumes, secrets and configs. */
const objectName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function stackNameProblem(stack: string): string | undefined {
  if (!stackName.test(stack)) return `${JSON.stringify(stack)} can't name a stack: use lowercase letters, digits, - and _, starting and ending with a letter or digit`;
  return undefined;
}

export function serviceNameProblem(stack: string, service: string): string | undefined {
  if (!serviceName.test(service)) return `${JSON.stringify(service)} can't name a service: use letters, digits, - and _, starting and ending with a letter or digit`;
  const full = scoped(stack, service);
  if (full.length > 63) return `${JSON.stringify(full)} is ${full.length} characters; a service's name, stack prefix included, has at most 63`;
  return undefined;
}

export function objectNameProblem(name: string): string | undefined {
  return objectName.test(name) ? undefined : `${JSON.stringify(name)} can't be a name: use letters, digits, _, . and -, starting with a letter or digit`;
}
