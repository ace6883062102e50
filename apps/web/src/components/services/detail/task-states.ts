/** Swarm task states: how each reads, and which ones are over. */
import type { TaskSummary } from "@wheelhouse/protocol";
import type { Tone } from "@wheelhouse/ui";

const FINISHED = new Set(["complete", "shutdown", "failed", "rejected", "orphaned", "remove"]);

/** Tasks not yet over, or meant to run: an old task still stopping during an update counts. */
export function isCurrent(task: TaskSummary): boolean {
  return task.desiredState === "running" || !FINISHED.has(task.state);
}

export function taskStateTone(state: string): { tone: Tone; pulse?: boolean } {
  if (state === "running") return { tone: "success" };
  // A task stuck in pending is the usual sign of a constraint or resource no node can meet.
  if (state === "pending") return { tone: "warning", pulse: true };
  if (state === "failed" || state === "rejected" || state === "orphaned") return { tone: "danger" };
  if (FINISHED.has(state)) return { tone: "neutral" };
  return { tone: "info", pulse: true };
}
