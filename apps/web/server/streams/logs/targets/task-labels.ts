/** A swarm task's container names its service and task in labels Docker sets on it. */
import type { LogSource } from "@wheelhouse/protocol";

const SERVICE_NAME = "com.docker.swarm.service.name";
const TASK_ID = "com.docker.swarm.task.id";
// `<service>.<slot>.<task id>` for a replicated service, `<service>.<node id>.<task id>` for a global one.
const TASK_NAME = "com.docker.swarm.task.name";

export function taskOf(labels: Readonly<Record<string, string>>): Pick<LogSource, "serviceName" | "taskId" | "taskSlot"> {
  const serviceName = labels[SERVICE_NAME];
  const taskId = labels[TASK_ID];
  if (serviceName === undefined || taskId === undefined) return {};
  const slot = /^\d+$/.exec(labels[TASK_NAME]?.slice(serviceName.length + 1).split(".")[0] ?? "")?.[0];
  return { serviceName, taskId, ...(slot === undefined ? {} : { taskSlot: Number(slot) }) };
}
