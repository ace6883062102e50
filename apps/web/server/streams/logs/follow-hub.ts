/**
 * One container's live log, followed once on its agent and shared by every viewer of it. The
 * follow starts where its first viewer's history ended (a resume by cursor, so nothing falls in
 * between) and keeps its own cursor: when the agent drops, its viewers are told it is
 * reconnecting, and once the agent is back it resumes from that cursor, with no gap or repeat.
 *
 * It goes at the pace of its fastest viewer: a viewer with room takes each batch at once; one
 * whose bounded buffer is full drops it (see source-queue.ts), so a slow viewer holds the follow
 * back only while every other viewer is as full; a lone viewer slows the follow, losing nothing.
 */
import { AgentStream, type LogBatch, type LogCursor, type SourceState } from "@wheelhouse/protocol";
import type { AgentLinks } from "../agent-links.ts";
import { isAgentAway, whenAgentBack } from "./agent-back.ts";
import { checkBatch } from "./check-batch.ts";
import { tagLines, type Chunk } from "./chunk.ts";
import { Wakeup } from "./wakeup.ts";

export interface HubViewer {
  /** Takes a batch of the follow; never waits. */
  deliver(chunk: Chunk): void;
  /** The follow is reconnecting, live again, ended, or failed (with a reason). */
  state(state: SourceState, message?: string): void;
  hasRoom(): boolean;
  /** Resolves once the viewer has room. */
  room(): Promise<void>;
}

export interface FollowHubOptions {
  links: AgentLinks;
  nodeId: string;
  containerId: string;
  sourceId: string;
  /** Where the follow starts: a cursor, or null for the start of the log. */
  from: LogCursor | null;
  /** The hub is done (its last viewer left, or its log ended): forget it. */
  closed(): void;
}

export class FollowHub {
  /** The cursor after the last batch handed to viewers (or where the follow started). */
  position: LogCursor | null;
  readonly #options: FollowHubOptions;
  readonly #viewers = new Set<HubViewer>();
  readonly #stop = new AbortController();
  /** Fired when viewers come or go, or the hub stops: a wait for room looks again. */
  readonly #changed = new Wakeup();
  #ended = false;

  constructor(options: FollowHubOptions) {
    this.#options = options;
    this.position = options.from;
    void this.#run();
  }

  get viewers(): number {
    return this.#viewers.size;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Adds a viewer, which gets every batch from now on; returns the cursor those batches follow. */
  join(viewer: HubViewer): LogCursor | null {
    this.#viewers.add(viewer);
    this.#changed.fire();
    return this.position;
  }

  leave(viewer: HubViewer): void {
    this.#viewers.delete(viewer);
    this.#changed.fire();
    if (this.#viewers.size === 0) this.#finish();
  }

  async #run(): Promise<void> {
    const { links, nodeId, containerId } = this.#options;
    while (!this.#stop.signal.aborted) {
      const params = { containerId, follow: true, ...(this.position === null ? {} : { resume: this.position }) };
      const reply = await links.open(nodeId, AgentStream.logs, params);
      if (!reply.ok) {
        if (isAgentAway(reply.code) && (await this.#waitForAgent())) continue;
        return this.#end(reply.code === "NOT_FOUND" ? "ended" : "failed", reply.message);
      }
      const channel = reply.data;
      if (this.#stop.signal.aborted) return channel.close();
      this.#stop.signal.addEventListener("abort", () => channel.close(), { once: true });
      try {
        for await (const frame of channel.frames) {
          if (!Array.isArray(frame)) throw new TypeError("the agent sent bytes on a log channel");
          for (const value of frame) this.#deliver(checkBatch(value));
          await this.#fastestViewerRoom();
        }
      } catch (error) {
        channel.close({ code: "BAD_REQUEST", message: `a malformed log batch: ${error instanceof Error ? error.message : String(error)}` });
        return this.#end("failed", "The agent sent a malformed log batch.");
      }
      const how = await channel.closed;
      if (this.#stop.signal.aborted) return;
      if (how.by === "connection" && (await this.#waitForAgent())) continue;
      if (how.outcome === "error") return this.#end("failed", how.message);
      return this.#end("ended");
    }
  }

  #deliver(batch: LogBatch): void {
    if (batch.cursor === null) return;
    const chunk: Chunk = { lines: tagLines(batch.lines, this.#options.sourceId), start: this.position, end: batch.cursor };
    this.position = batch.cursor;
    for (const viewer of this.#viewers) viewer.deliver(chunk);
  }

  async #fastestViewerRoom(): Promise<void> {
    while (!this.#stop.signal.aborted && this.#viewers.size > 0 && ![...this.#viewers].some((viewer) => viewer.hasRoom())) {
      await Promise.race([...[...this.#viewers].map((viewer) => viewer.room()), this.#changed.wait()]);
    }
  }

  async #waitForAgent(): Promise<boolean> {
    this.#broadcast("reconnecting");
    const back = await whenAgentBack(this.#options.links, this.#options.nodeId, this.#stop.signal);
    if (back) this.#broadcast("live");
    return back;
  }

  #broadcast(state: SourceState, message?: string): void {
    for (const viewer of this.#viewers) viewer.state(state, message);
  }

  #end(state: "ended" | "failed", message?: string): void {
    this.#broadcast(state, message);
    this.#finish();
  }

  #finish(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#stop.abort();
    this.#changed.fire();
    this.#options.closed();
  }
}
