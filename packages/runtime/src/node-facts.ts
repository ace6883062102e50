/** The facts about a node the control plane shows: engine, OS, hardware, swarm role and object counts. */
import type Docker from "dockerode";
import { SwarmState, type NodeFacts } from "@wheelhouse/protocol";

// The parts of GET /info read here (dockerode types the response as any).
interface EngineInfo {
  Name: string;
  ServerVersion: string;
  OperatingSystem: string;
  OSType: string;
  KernelVersion: string;
  Architecture: string;
  NCPU: number;
  MemTotal: number;
  DockerRootDir: string;
  /** "key=value", as given to dockerd --label. */
  Labels?: string[] | null;
  ContainersRunning: number;
  ContainersPaused: number;
  ContainersStopped: number;
  Images: number;
  Swarm?: {
    LocalNodeState?: string;
    NodeID?: string;
    ControlAvailable?: boolean;
    Cluster?: { ID?: string } | null;
    RemoteManagers?: { NodeID: string; Addr: string }[] | null;
    Nodes?: number;
  };
}

// dockerode accepts an abortSignal on every call, but its types omit the options of info() and version().
interface Probe {
  info(options: { abortSignal?: AbortSignal }): Promise<EngineInfo>;
  version(options: { abortSignal?: AbortSignal }): Promise<{ ApiVersion: string }>;
}

export async function nodeFacts(docker: Docker, signal?: AbortSignal): Promise<NodeFacts> {
  const probe = docker as unknown as Probe;
  const [info, version, volumes, networks] = await Promise.all([
    probe.info({ abortSignal: signal }),
    probe.version({ abortSignal: signal }),
    docker.listVolumes({ abortSignal: signal }),
    docker.listNetworks({ abortSignal: signal }),
  ]);
  const swarm = info.Swarm;
  return {
    hostname: info.Name,
    engineVersion: info.ServerVersion,
    apiVersion: version.ApiVersion,
    os: info.OperatingSystem,
    osType: info.OSType,
    kernelVersion: info.KernelVersion,
    architecture: info.Architecture,
    cpus: info.NCPU,
    memoryBytes: info.MemTotal,
    dockerRootDir: info.DockerRootDir,
    labels: engineLabels(info.Labels ?? []),
    swarm: {
      // An engine that never joined a swarm may report an empty state.
      state: SwarmState.safeParse(swarm?.LocalNodeState).data ?? "inactive",
      nodeId: swarm?.NodeID || undefined,
      clusterId: swarm?.Cluster?.ID || undefined,
      isManager: swarm?.ControlAvailable ?? false,
      managerNodeIds: (swarm?.RemoteManagers ?? []).map((m) => m.NodeID),
      nodeCount: swarm?.ControlAvailable ? swarm.Nodes : undefined,
    },
    counts: {
      containersRunning: info.ContainersRunning,
      containersPaused: info.ContainersPaused,
      containersStopped: info.ContainersStopped,
      images: info.Images,
      volumes: (volumes.Volumes ?? []).length,
      networks: networks.length,
    },
  };
}

function engineLabels(pairs: string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const equals = pair.indexOf("=");
      return equals === -1 ? [pair, ""] : [pair.slice(0, equals), pair.slice(equals + 1)];
    }),
  );
}
