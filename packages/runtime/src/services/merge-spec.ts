/**
 * An update sends Docker the whole spec, and the form does not model every field (a user, a
 * hostname, DNS settings, a pids limit...). So the form's spec is laid over the current one:
 * every field the form models is replaced, and what it does not model survives.
 */
import type Docker from "dockerode";

export function mergeOntoCurrent(current: Docker.ServiceSpec, next: Docker.ServiceSpec): Docker.ServiceSpec {
  const was: Docker.ContainerTaskSpec = current.TaskTemplate ?? {};
  const now: Docker.ContainerTaskSpec = next.TaskTemplate ?? {};
  return {
    ...current,
    ...next,
    // Old specs name networks at the top level; the form's are in the task template.
    Networks: undefined,
    TaskTemplate: {
      ...was,
      ...now,
      ContainerSpec: { ...was.ContainerSpec, ...now.ContainerSpec },
      Resources: {
        Limits: { ...was.Resources?.Limits, ...now.Resources?.Limits },
        Reservations: { ...was.Resources?.Reservations, ...now.Resources?.Reservations },
      },
      Placement: { ...was.Placement, ...now.Placement },
    },
    EndpointSpec: { ...current.EndpointSpec, ...next.EndpointSpec },
  };
}
