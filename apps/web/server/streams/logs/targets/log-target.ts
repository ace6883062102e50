/**
 * What a logs stream reads: a container, a service's tasks or a node's containers, resolved to
 * the containers to read now (listed again while following, so new ones join) and the access that
 * keeps the stream allowed.
 */
import type { Authorizer, Resource } from "@wheelhouse/auth";
import type { LogSource } from "@wheelhouse/protocol";

export interface FoundSource {
  source: LogSource;
  nodeId: string;
  /** The full id, as the agent is asked for it. */
  containerId: string;
  running: boolean;
  /** The container as the caller's grants see it: the stream stays open while they may read it. */
  resource: Resource;
}

export interface LogTargetReader {
  /** The containers the caller may read now; null once the target itself is gone. */
  list(access: Authorizer): Promise<FoundSource[] | null>;
  /** Whether the caller may still read the target itself (each container is checked apart). */
  allowed(access: Authorizer): boolean;
}
