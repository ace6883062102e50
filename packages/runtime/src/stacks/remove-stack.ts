/**
 * `docker stack rm`: the services labelled with the stack's name, then the networks it created.
 * External networks, secrets and configs carry no such label and are never touched. A network
 * stays in use until the removed services' tasks are gone, so its removal is retried a while.
 */
import type { StackRemoveResult } from "@wheelhouse/protocol";
import type Docker from "dockerode";
import { RuntimeError } from "../errors.ts";
import { withSwarmErrors } from "../swarm/swarm-errors.ts";
import { ofStack } from "./stack-label.ts";

// Inside the control plane's wait for an agent's answer (15 s by default).
const NETWORK_WAIT_MS = 10_000;
const RETRY_MS = 500;
const IN_USE = /in use|active endpoints/i;

export function removeStack(docker: Docker, name: string): Promise<StackRemoveResult> {
  return withSwarmErrors(async () => {
    const [services, networks] = await Promise.all([docker.listServices({ filters: ofStack(name) }), docker.listNetworks({ filters: ofStack(name) })]);
    if (services.length === 0 && networks.length === 0) throw new RuntimeError("NOT_FOUND", `No stack named ${name} on this swarm`);
    for (const service of services) await unlessGone(docker.getService(service.ID).remove());
    const networksInUse = await removeNetworks(docker, networks, Date.now() + NETWORK_WAIT_MS);
    return {
      services: services.map((s) => s.Spec?.Name ?? s.ID).sort(),
      networks: networks.map((n) => n.Name).filter((n) => !networksInUse.includes(n)).sort(),
      networksInUse,
    };
  });
}

/** Removes the networks, retrying those still in use until the deadline; returns the names of those left. */
async function removeNetworks(docker: Docker, networks: Docker.NetworkInspectInfo[], deadline: number): Promise<string[]> {
  let left = networks;
  for (;;) {
    const inUse: Docker.NetworkInspectInfo[] = [];
    for (const network of left) {
      try {
        await unlessGone(docker.getNetwork(network.Id).remove());
      } catch (error) {
        if (!(error instanceof Error && IN_USE.test(error.message))) throw error;
        inUse.push(network);
      }
    }
    left = inUse;
    if (left.length === 0 || Date.now() + RETRY_MS > deadline) return left.map((n) => n.Name).sort();
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Something else removed it meanwhile: what was asked for is done. */
async function unlessGone(removal: Promise<unknown>): Promise<void> {
  try {
    await removal;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  }
}
