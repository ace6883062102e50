/**
 * A browser's logs stream (BrowserStream.logs): what it asks for (LogSubscription) and what the
 * control plane sends back, as JSON values on the channel (LogStreamMessage). A subscription may
 * cover many containers (every task of a service, every container of a node); each is a source,
 * announced once with what it is, so its lines carry only its id.
 *
 * A stream that does not follow ends (the channel's end) once every source has sent its history.
 * One that follows keeps going, and gains sources as they appear (a service scaled up, a task
 * restarted, a container started on the node); each new source sends its whole log (from `since`).
 */
import { z } from "zod";
import { LogCursor, LogLine, LogRequest, LogTimestamp } from "./logs.ts";
import { ContainerRef, NodeId } from "./refs.ts";

const SwarmObjectId = z.string().min(1).max(128);

export const LogTarget = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("container"), nodeId: NodeId, containerId: ContainerRef.shape.id }),
  /** Every task of the service on every node, merged in timestamp order, like `docker service logs`. */
  z.object({ kind: z.literal("service"), swarmId: SwarmObjectId, serviceId: SwarmObjectId }),
  /** Every container on the node. */
  z.object({ kind: z.literal("node"), nodeId: NodeId }),
]);
export type LogTarget = z.infer<typeof LogTarget>;

export const LogSubscription = LogRequest.omit({ containerId: true, resume: true }).extend({
  target: LogTarget,
  /**
   * After a reconnect: each source's latest cursor (from `lines` messages), so nothing is lost or
   * repeated. A source without one (it had examined no line) sends its whole log; `tail` is ignored.
   */
  resume: z.record(ContainerRef.shape.id, LogCursor).optional(),
});
export type LogSubscription = z.infer<typeof LogSubscription>;
export type LogSubscriptionInput = z.input<typeof LogSubscription>;

/** One container whose lines a stream carries, as the log view labels it. */
export const LogSource = z.object({
  /**
   * The container's id as Docker shortens it (its first 12 hex digits): lines, states and cursors
   * name their source by it, and a full id on every line would double what a line costs to send.
   */
  id: ContainerRef.shape.id,
  name: z.string(),
  nodeId: NodeId,
  nodeName: z.string(),
  serviceName: z.string().optional(),
  taskId: z.string().optional(),
  /** A replicated service's task slot (web.3), or absent for a global service's tasks. */
  taskSlot: z.number().int().optional(),
});
export type LogSource = z.infer<typeof LogSource>;

export const SourceState = z.enum([
  /** Reading its history. */
  "history",
  /** Following new lines as they are written. */
  "live",
  /** Its agent is unreachable; it resumes from its cursor once the agent is back. */
  "reconnecting",
  /** Its log ended (not following, or the container is gone). */
  "ended",
  /** It cannot be read; the message says why. */
  "failed",
]);
export type SourceState = z.infer<typeof SourceState>;

export const StreamLogLine = LogLine.extend({ source: ContainerRef.shape.id });
export type StreamLogLine = z.infer<typeof StreamLogLine>;

export const LogStreamMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("source"), source: LogSource }),
  z.object({ type: z.literal("state"), source: ContainerRef.shape.id, state: SourceState, message: z.string().optional() }),
  /**
   * Lines in timestamp order (within a source, in the log's order), and the cursor after them of
   * each source whose position moved, to resume from. `lines` may be empty: a search that matches
   * nothing still moves its sources' cursors (sent at most about once a second).
   */
  z.object({ type: z.literal("lines"), lines: z.array(StreamLogLine), cursors: z.record(ContainerRef.shape.id, LogCursor) }),
  /**
   * A viewer too slow for the log: lines were left out rather than buffered without bound. The
   * view marks the gap; its cursors still move on, so a resume does not bring them back.
   */
  z.object({ type: z.literal("dropped"), source: ContainerRef.shape.id, lines: z.number().int().positive(), from: LogTimestamp, to: LogTimestamp }),
  /** Every source has sent its history; what follows is live. */
  z.object({ type: z.literal("caught-up") }),
]);
export type LogStreamMessage = z.infer<typeof LogStreamMessage>;
