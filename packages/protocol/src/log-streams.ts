/**
 * A browser's logs stream (BrowserStream.logs): what it asks for (LogSubscription) and what the
 * control plane sends back, as JSON values on the channel (LogStreamMessage). A subscription may
 * cover many containers (every task of a service, every container of a node); each is a source,
 * announced once with what it is, so its lines carry only its id.
 */
import { z } from "zod";
import { LogCursor, LogLine, LogRequest } from "./logs.ts";
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
  /** After a reconnect: each source's cursor from the last lines received, so nothing is lost or repeated. */
  resume: z.record(ContainerRef.shape.id, LogCursor).optional(),
});
export type LogSubscription = z.infer<typeof LogSubscription>;
export type LogSubscriptionInput = z.input<typeof LogSubscription>;

/** One container whose lines a stream carries, as the log view labels it. */
export const LogSource = z.object({
  /** The container's id; lines name their source by it. */
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
  /** Lines in timestamp order, and each of their sources' cursor after them, to resume from. */
  z.object({ type: z.literal("lines"), lines: z.array(StreamLogLine), cursors: z.record(ContainerRef.shape.id, LogCursor) }),
  /**
   * A viewer too slow for the log: lines were left out rather than buffered without bound. The
   * view marks the gap; its cursors still move on, so a resume does not bring them back.
   */
  z.object({ type: z.literal("dropped"), source: ContainerRef.shape.id, lines: z.number().int().positive(), from: z.string(), to: z.string() }),
  /** Every source has sent its history; what follows is live. */
  z.object({ type: z.literal("caught-up") }),
]);
export type LogStreamMessage = z.infer<typeof LogStreamMessage>;
