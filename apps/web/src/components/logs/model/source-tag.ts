/** How a view names the source of each line: not at all (one container), by container, or by task and node. */
import type { SourceView } from "./log-store";

export type SourceTagging = "none" | "name" | "name-and-node";

/** A long service name is cut in its tags, so the task and the node, which tell lines apart, always show. */
const MAX_TASK_TAG = 20;

/**
 * A line's source as its tag shows it: in a service's view its task ("web.2", or "web.a1b2c3" for a
 * global service's, which has no slot) and node; in a node's view the container's name.
 */
export function sourceTag(source: SourceView, tagging: SourceTagging): string {
  if (tagging !== "name-and-node") return source.name;
  const task = source.serviceName ? taskTag(source.serviceName, String(source.taskSlot ?? (source.taskId ?? source.id).slice(0, 6))) : source.name;
  return source.nodeName ? `${task} · ${source.nodeName}` : task;
}

function taskTag(service: string, task: string): string {
  const room = MAX_TASK_TAG - task.length - 1;
  return `${service.length > room ? `${service.slice(0, room - 1)}…` : service}.${task}`;
}
