/** The tasks of the swarm, of one service or on one node, with the hostname of the node each runs on. */
import type Docker from "dockerode";
import type { TaskSummary } from "@wheelhouse/protocol";
import { millisFromIso } from "../shape.ts";
import { withSwarmErrors } from "../swarm/swarm-errors.ts";
import { withoutDigest } from "./image-name.ts";

// dockerode leaves tasks and nodes untyped; these are the fields read here.
interface DockerTask {
  ID: string;
  ServiceID: string;
  Slot?: number;
  NodeID?: string;
  CreatedAt?: string;
  UpdatedAt?: string;
  DesiredState?: string;
  Spec?: { ContainerSpec?: { Image?: string } };
  Status?: { Timestamp?: string; State?: string; Message?: string; Err?: string; ContainerStatus?: { ContainerID?: string } };
}
interface DockerNode {
  ID: string;
  Description?: { Hostname?: string };
}

export function listTasks(docker: Docker, args: { serviceId?: string; nodeId?: string }): Promise<TaskSummary[]> {
  return withSwarmErrors(async () => {
    const filters = { ...(args.serviceId && { service: [args.serviceId] }), ...(args.nodeId && { node: [args.nodeId] }) };
    const [tasks, nodes] = await Promise.all([docker.listTasks({ filters }) as Promise<DockerTask[]>, docker.listNodes() as Promise<DockerNode[]>]);
    const hostnames = new Map(nodes.map((n) => [n.ID, n.Description?.Hostname]));
    return tasks.map((t) => toTaskSummary(t, hostnames)).sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0) || b.createdAt - a.createdAt);
  });
}

function toTaskSummary(task: DockerTask, hostnames: Map<string, string | undefined>): TaskSummary {
  const status = task.Status ?? {};
  return {
    id: task.ID,
    serviceId: task.ServiceID,
    slot: task.Slot ?? null,
    nodeId: task.NodeID || null,
    nodeHostname: (task.NodeID && hostnames.get(task.NodeID)) || null,
    desiredState: task.DesiredState ?? "",
    state: status.State ?? "",
    message: status.Message ?? "",
    error: status.Err || null,
    containerId: status.ContainerStatus?.ContainerID || null,
    image: withoutDigest(task.Spec?.ContainerSpec?.Image),
    createdAt: millisFromIso(task.CreatedAt),
    updatedAt: millisFromIso(task.UpdatedAt),
    stateChangedAt: millisFromIso(status.Timestamp),
  };
}
