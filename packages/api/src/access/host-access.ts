/**
 * What in a workload reaches past its container into the host: bind mounts of host paths, the host
 * network, added capabilities. Restricted roles lack workload.host-access, so each finding is
 * phrased as the reason a spec is refused. Swarm services have no privileged mode (compose's
 * `privileged` is ignored with a warning by the parser), so there is nothing to find for it.
 */
import type { DockerServiceSpec } from "@wheelhouse/compose";
import type { ServiceSpecForm } from "@wheelhouse/protocol";

const HOST_NETWORK = "host";

const bindMount = (source: string) => `bind-mount host paths: mount ${source || "(no source)"}`;
const hostNetwork = () => "attach to the host network";
const capabilities = (added: readonly string[]) => `add capabilities: ${added.join(", ")}`;

/** The host access a service spec from the form or the YAML editor asks for. */
export function hostAccessOfForm(spec: Pick<ServiceSpecForm, "mounts" | "networks">): string[] {
  return [
    ...spec.mounts.filter((mount) => mount.type === "bind").map((mount) => bindMount(mount.source)),
    ...(spec.networks.includes(HOST_NETWORK) ? [hostNetwork()] : []),
  ];
}

/** The host access one service of a compose file asks for. */
export function hostAccessOfCompose(spec: Pick<DockerServiceSpec, "TaskTemplate">): string[] {
  const container = spec.TaskTemplate.ContainerSpec;
  const added = container.CapabilityAdd ?? [];
  return [
    ...(container.Mounts ?? []).filter((mount) => mount.Type === "bind").map((mount) => bindMount(mount.Source ?? "")),
    ...(spec.TaskTemplate.Networks.some((network) => network.Target === HOST_NETWORK) ? [hostNetwork()] : []),
    ...(added.length > 0 ? [capabilities(added)] : []),
  ];
}

/** The refusal for a caller without workload.host-access, naming the first thing that needs it. */
export function hostAccessRefusal(findings: readonly string[]): string | null {
  const [first, ...rest] = findings;
  if (first === undefined) return null;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  return `Restricted roles may not ${first}${more}: that needs the workload.host-access permission.`;
}
