/** The follows open on this replica, one per container, shared by every viewer of it (follow-hub.ts). */
import type { AgentLinks } from "../agent-links.ts";
import type { LogCursor } from "@wheelhouse/protocol";
import { FollowHub, type HubViewer } from "./follow-hub.ts";

export interface HubTarget {
  nodeId: string;
  containerId: string;
  sourceId: string;
}

export class FollowHubs {
  readonly #hubs = new Map<string, FollowHub>();

  constructor(private readonly links: AgentLinks) {}

  /**
   * Adds the viewer to the container's follow, starting one from `from` when there is none.
   * Returns the hub and the cursor its next batches follow, which may be before or after `from`.
   */
  join({ nodeId, containerId, sourceId }: HubTarget, viewer: HubViewer, from: LogCursor | null): { hub: FollowHub; position: LogCursor | null } {
    const key = `${nodeId}/${containerId}`;
    let hub = this.#hubs.get(key);
    if (hub === undefined || hub.ended) {
      const started: FollowHub = new FollowHub({
        links: this.links,
        nodeId,
        containerId,
        sourceId,
        from,
        closed: () => {
          if (this.#hubs.get(key) === started) this.#hubs.delete(key);
        },
      });
      this.#hubs.set(key, started);
      hub = started;
    }
    return { hub, position: hub.join(viewer) };
  }

  /** How many follows are open. */
  get size(): number {
    return this.#hubs.size;
  }
}
