/** The engine's membership of a swarm: what the swarm is, and creating, joining and leaving one. */
import type Docker from "dockerode";
import type { SwarmInfo, SwarmInit, SwarmJoin } from "@wheelhouse/protocol";
import { millisFromIso } from "../shape.ts";
import { withSwarmErrors } from "./swarm-errors.ts";

// Docker's own default, which the CLI fills in and the Engine API does not.
const DEFAULT_LISTEN_ADDR = "0.0.0.0:2377";

// The parts of GET /swarm and GET /info read here (dockerode types both as any).
interface EngineSwarm {
  ID: string;
  CreatedAt: string;
  UpdatedAt: string;
  JoinTokens: { Worker: string; Manager: string };
}
interface EngineSwarmInfo {
  Swarm: { Nodes?: number; Managers?: number; RemoteManagers?: { Addr: string }[] | null };
}

export function swarmInfo(docker: Docker, { joinTokens }: { joinTokens: boolean }): Promise<SwarmInfo> {
  return withSwarmErrors(async () => {
    // GET /swarm first: on an engine that is no manager it fails with Docker's explanation.
    const swarm = (await docker.swarmInspect()) as EngineSwarm;
    const { Swarm: local } = (await docker.info()) as EngineSwarmInfo;
    return {
      id: swarm.ID,
      createdAt: millisFromIso(swarm.CreatedAt),
      updatedAt: millisFromIso(swarm.UpdatedAt),
      managerAddresses: (local.RemoteManagers ?? []).map((m) => m.Addr),
      nodes: local.Nodes ?? 0,
      managers: local.Managers ?? 0,
      joinTokens: joinTokens ? { worker: swarm.JoinTokens.Worker, manager: swarm.JoinTokens.Manager } : undefined,
    };
  });
}

export function initSwarm(docker: Docker, { advertiseAddr, listenAddr }: SwarmInit): Promise<{ nodeId: string }> {
  return withSwarmErrors(async () => {
    const nodeId = (await docker.swarmInit({ ListenAddr: listenAddr ?? DEFAULT_LISTEN_ADDR, AdvertiseAddr: advertiseAddr })) as string;
    return { nodeId };
  });
}

export function joinSwarm(docker: Docker, { remoteAddrs, joinToken, advertiseAddr }: SwarmJoin): Promise<Record<string, never>> {
  return withSwarmErrors(async () => {
    await docker.swarmJoin({ ListenAddr: DEFAULT_LISTEN_ADDR, AdvertiseAddr: advertiseAddr, RemoteAddrs: remoteAddrs, JoinToken: joinToken });
    return {};
  });
}

export function leaveSwarm(docker: Docker, { force }: { force: boolean }): Promise<Record<string, never>> {
  return withSwarmErrors(async () => {
    await docker.swarmLeave({ force });
    return {};
  });
}
