/**
 * The browser's live metrics stream (BrowserStream.metrics): the new points of one container,
 * service, node or cluster, pushed as each batch that concerns it arrives. It is paced by the
 * browser's credit without a queue: points are read from the store's recent window when the
 * browser can take them, so a slow browser gets what it missed in one batch (bounded by the
 * window), and a stalled one costs nothing. Guards re-check the scope with fresh access.
 */
import { errorReplyOf, resolveScope, type MetricsStore, type ResolvedScope } from "@wheelhouse/api";
import { fail, MetricsStreamRequest, type MetricsBatch } from "@wheelhouse/protocol";
import type { StreamHandler } from "./browser-streams.ts";

export const metricsStream: StreamHandler = async (channel, params, ctx) => {
  const request = MetricsStreamRequest.safeParse(params);
  if (!request.success) {
    const issue = request.error.issues[0];
    return fail("BAD_REQUEST", `Invalid metrics request: ${issue?.path.length ? `${issue.path.join(".")}: ` : ""}${issue?.message ?? "unreadable"}`);
  }
  let target: ResolvedScope;
  try {
    target = await resolveScope(ctx, request.data);
  } catch (error) {
    return errorReplyOf(error) ?? fail("INTERNAL", "The metrics could not be opened.");
  }
  ctx.guard(async (access) => covers(await resolveScope({ ...ctx, access }, request.data), target));
  channel.send(livePoints(ctx.metrics, target, request.data.sinceTs ?? Date.now(), channel.closed));
};

/** Still allowed: the same object, and for a cluster every node the stream sums. */
function covers(now: ResolvedScope, opened: ResolvedScope): boolean {
  if (now.scope === "cluster" && opened.scope === "cluster") return opened.nodeIds.every((id) => now.nodeIds.includes(id));
  return JSON.stringify(now) === JSON.stringify(opened);
}

function concerns(target: ResolvedScope, nodeId: string, batch: MetricsBatch): boolean {
  switch (target.scope) {
    case "container":
      return batch.containers.some((c) => c.containerId === target.containerId);
    case "service":
      return batch.containers.some((c) => c.serviceId === target.serviceId);
    case "node":
      return nodeId === target.nodeId && batch.host !== null;
    case "cluster":
      return target.nodeIds.includes(nodeId);
  }
}

/**
 * Sums (service, cluster) may change their newest slot as members report, so it is sent again
 * whole (from the slot's start); samples never change, so only newer ones are sent.
 */
function pointsSince(store: MetricsStore, target: ResolvedScope, since: number): { ts: number }[] {
  const slot = Math.floor(since / store.intervalMs) * store.intervalMs;
  switch (target.scope) {
    case "container":
      return store.recent.container(target.containerId, since + 1);
    case "service":
      return store.recent.service(target.serviceId, slot);
    case "node":
      return store.recent.node(target.nodeId, since + 1);
    case "cluster":
      return store.recent.cluster(target.nodeIds, slot);
  }
}

async function* livePoints(store: MetricsStore, target: ResolvedScope, sinceTs: number, closed: Promise<unknown>): AsyncGenerator<unknown[]> {
  let since = sinceTs;
  let pending = true;
  let wake: (() => void) | undefined;
  const unsubscribe = store.subscribe((nodeId, batch) => {
    if (!concerns(target, nodeId, batch)) return;
    pending = true;
    wake?.();
  });
  let open = true;
  void closed.then(() => {
    open = false;
    wake?.();
  });
  try {
    while (open) {
      if (!pending) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (!open) return;
      pending = false;
      const points = pointsSince(store, target, since);
      const newest = points.at(-1);
      if (!newest) continue;
      since = newest.ts;
      yield points;
    }
  } finally {
    unsubscribe();
  }
}
