/** The swarm's nodes as a manager sees them, and changes to their role, availability and labels. */
import type Docker from "dockerode";
import { SwarmNodeAvailability, SwarmNodeRole, SwarmNodeState, type SwarmNode, type SwarmNodeUpdate } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import { millisFromIso } from "../shape.ts";
import { withSwarmErrors } from "./swarm-errors.ts";

// The parts of a node (GET /nodes) read here; dockerode types nodes as any.
interface EngineNodeSpec {
  Name?: string;
  Labels?: Record<string, string>;
  Role: string;
  Availability: string;
}
interface EngineNode {
  ID: string;
  Version: { Index: number };
  CreatedAt: string;
  UpdatedAt: string;
  Spec: EngineNodeSpec;
  Description?: {
    Hostname?: string;
    Resources?: { NanoCPUs?: number; MemoryBytes?: number };
    Engine?: { EngineVersion?: string; Labels?: Record<string, string> };
  };
  Status?: { State?: string; Message?: string; Addr?: string };
  ManagerStatus?: { Leader?: boolean };
}

export function listSwarmNodes(docker: Docker): Promise<SwarmNode[]> {
  return withSwarmErrors(async () => ((await docker.listNodes()) as EngineNode[]).map(toSwarmNode));
}

export function inspectSwarmNode(docker: Docker, id: string): Promise<SwarmNode> {
  return withSwarmErrors(async () => toSwarmNode((await docker.getNode(id).inspect()) as EngineNode));
}

/**
 * Docker replaces a node's whole spec on update, so the change is laid over the spec it has now;
 * the caller's version goes with it, and Docker refuses it if the node changed since.
 */
export function updateSwarmNode(docker: Docker, { id, version, labels, availability, role }: SwarmNodeUpdate): Promise<SwarmNode> {
  return withSwarmErrors(async () => {
    const node = docker.getNode(id);
    const current = (await node.inspect()) as EngineNode;
    const spec: EngineNodeSpec = {
      ...current.Spec,
      ...(labels && { Labels: labels }),
      ...(availability && { Availability: availability }),
      ...(role && { Role: role }),
    };
    try {
      await node.update({ _query: { version }, _body: spec });
    } catch (error) {
      if (!String((error as { json?: { message?: unknown } }).json?.message).includes("update out of sequence")) throw error;
      const name = current.Description?.Hostname ?? id;
      throw new RuntimeError("CONFLICT", `Node ${name} has changed since version ${version} was read (it is at version ${current.Version.Index}); reload it and try again.`, { cause: error });
    }
    return toSwarmNode((await node.inspect()) as EngineNode);
  });
}

function toSwarmNode(node: EngineNode): SwarmNode {
  const description = node.Description ?? {};
  return {
    id: node.ID,
    version: node.Version.Index,
    createdAt: millisFromIso(node.CreatedAt),
    updatedAt: millisFromIso(node.UpdatedAt),
    hostname: description.Hostname ?? "",
    role: SwarmNodeRole.parse(node.Spec.Role),
    availability: SwarmNodeAvailability.parse(node.Spec.Availability),
    // States Docker may add later read as unknown rather than failing the whole list.
    state: SwarmNodeState.safeParse(node.Status?.State).data ?? "unknown",
    stateMessage: node.Status?.Message ?? "",
    address: node.Status?.Addr ?? "",
    engineVersion: description.Engine?.EngineVersion ?? "",
    labels: node.Spec.Labels ?? {},
    engineLabels: description.Engine?.Labels ?? {},
    leader: node.ManagerStatus?.Leader ?? false,
    resources: { nanoCpus: description.Resources?.NanoCPUs ?? 0, memoryBytes: description.Resources?.MemoryBytes ?? 0 },
  };
}
