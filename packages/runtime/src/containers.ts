/** Containers: list, inspect, lifecycle actions and removal, mapped into the protocol's shapes. */
import type Docker from "dockerode";
import { ContainerState, type ContainerAction, type ContainerDetails, type ContainerSummary } from "@wheelhouse/protocol";
import { isNotModified } from "./errors.ts";
import { containerName, listOf, millisFromIso } from "./shape.ts";

type PortBinding = ContainerSummary["ports"][number];

export async function listContainers(docker: Docker): Promise<ContainerSummary[]> {
  const containers = await docker.listContainers({ all: true });
  return containers.map((c) => ({
    id: c.Id,
    name: containerName(c.Names[0]),
    image: c.Image,
    imageId: c.ImageID,
    command: c.Command,
    state: stateOf(c.State),
    status: c.Status,
    ports: (c.Ports ?? []).map((p) => ({ privatePort: p.PrivatePort, publicPort: p.PublicPort, ip: p.IP, type: p.Type })),
    createdAt: c.Created * 1000,
    labels: c.Labels ?? {},
  }));
}

export async function inspectContainer(docker: Docker, id: string): Promise<ContainerDetails> {
  const c = await docker.getContainer(id).inspect();
  const host = c.HostConfig;
  return {
    id: c.Id,
    name: containerName(c.Name),
    image: c.Config.Image,
    imageId: c.Image,
    createdAt: millisFromIso(c.Created),
    state: {
      status: stateOf(c.State.Status),
      exitCode: c.State.ExitCode,
      error: c.State.Error,
      oomKilled: c.State.OOMKilled,
      pid: c.State.Pid,
      startedAt: c.State.StartedAt,
      finishedAt: c.State.FinishedAt,
    },
    command: listOf(c.Config.Cmd),
    entrypoint: listOf(c.Config.Entrypoint),
    env: (c.Config.Env ?? []).map(splitEnv),
    workingDir: c.Config.WorkingDir,
    user: c.Config.User,
    tty: c.Config.Tty,
    hostname: c.Config.Hostname,
    labels: c.Config.Labels ?? {},
    restartPolicy: { name: host.RestartPolicy?.Name || "no", maximumRetryCount: host.RestartPolicy?.MaximumRetryCount ?? 0 },
    resources: {
      memoryBytes: host.Memory ?? 0,
      nanoCpus: host.NanoCpus ?? 0,
      cpuShares: host.CpuShares ?? 0,
      // Docker reports "no limit" as null, 0 or -1 depending on version and how the container was made.
      pidsLimit: host.PidsLimit !== undefined && host.PidsLimit !== null && host.PidsLimit > 0 ? host.PidsLimit : null,
    },
    privileged: host.Privileged ?? false,
    networkMode: host.NetworkMode ?? "",
    mounts: (c.Mounts ?? []).map((m) => ({
      type: m.Type,
      name: m.Name,
      source: m.Source,
      destination: m.Destination,
      mode: m.Mode,
      readWrite: m.RW,
    })),
    networks: Object.entries(c.NetworkSettings.Networks ?? {}).map(([name, n]) => ({
      name,
      ipAddress: n.IPAddress,
      gateway: n.Gateway,
      macAddress: n.MacAddress,
      aliases: (n.Aliases as string[] | null) ?? [],
    })),
    ports: publishedPorts(c.NetworkSettings.Ports),
  };
}

const actions: Record<ContainerAction, (container: Docker.Container) => Promise<unknown>> = {
  start: (c) => c.start(),
  stop: (c) => c.stop(),
  restart: (c) => c.restart(),
  kill: (c) => c.kill(),
  pause: (c) => c.pause(),
  unpause: (c) => c.unpause(),
};

export async function actOnContainer(docker: Docker, id: string, action: ContainerAction): Promise<Record<string, never>> {
  try {
    await actions[action](docker.getContainer(id));
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
  return {};
}

export async function removeContainer(
  docker: Docker,
  args: { id: string; force: boolean; removeVolumes: boolean },
): Promise<Record<string, never>> {
  await docker.getContainer(args.id).remove({ force: args.force, v: args.removeVolumes });
  return {};
}

// Docker's states are exactly the protocol's today; a future one must not fail a whole listing.
function stateOf(state: string): ContainerState {
  return ContainerState.safeParse(state).data ?? "dead";
}

function splitEnv(entry: string): { key: string; value: string } {
  const at = entry.indexOf("=");
  return at < 0 ? { key: entry, value: "" } : { key: entry.slice(0, at), value: entry.slice(at + 1) };
}

// Inspect keys ports as "80/tcp" with a list of host bindings, or null when the port is only exposed.
function publishedPorts(ports: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | null | undefined): PortBinding[] {
  return Object.entries(ports ?? {}).flatMap(([key, bindings]) => {
    const [port = "", type = "tcp"] = key.split("/");
    const privatePort = Number(port);
    if (!bindings || bindings.length === 0) return [{ privatePort, type }];
    return bindings.map((b) => ({
      privatePort,
      type,
      publicPort: b.HostPort ? Number(b.HostPort) : undefined,
      ip: b.HostIp || undefined,
    }));
  });
}
