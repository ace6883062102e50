/**
 * One source of one viewer, from its history to its live lines, into its queue:
 *
 * 1. History: a read of its own through the agent (tail, since/until, streams and search applied
 *    there), ending at a cursor C. A subscription resuming after a reconnect skips it: C is given.
 * 2. Join the container's shared follow (follow-hubs.ts), which goes on from a cursor P. A follow
 *    started by this join starts at C, so P = C. A follow already running may be ahead of C (it
 *    handed out lines while the history was read) or behind it.
 * 3. If P is past C, a catch-up read from C (non-follow, by cursor) brings what lies between; its
 *    end is past P, since it began after the join. Meanwhile the follow's batches are held.
 * 4. Release: held and later batches pass, less any line at or before the last cursor read. So
 *    every line after C comes once: from the catch-up or from the follow, never both, never neither.
 *
 * When the history ends with no cursor (an empty log, a since in the future, tail 0), a one-line
 * read dates the end of the log first, so the follow starts from a cursor rather than "from now",
 * which the engine fixes only some time after answering. When the follow ends (the container
 * stopped), the feed ends; the session starts another from the queue's cursor if it runs again.
 */
import type { LogCursor, LogRequestInput, SourceState } from "@wheelhouse/protocol";
import { cursorCovers } from "@wheelhouse/runtime";
import type { AgentLinks } from "../agent-links.ts";
import { LogReadError, readThroughAgent } from "./agent-read.ts";
import { tagLines } from "./chunk.ts";
import type { FollowHubs } from "./follow-hubs.ts";
import { HubView } from "./hub-view.ts";
import type { SourceQueue } from "./source-queue.ts";
import type { Subscription } from "./subscription.ts";
import type { FoundSource } from "./targets/log-target.ts";

// setTimeout fires at once for a delay past this (about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

export type FeedStart = { kind: "history" } | { kind: "whole-log" } | { kind: "resume"; cursor: LogCursor };

export interface FeedDeps {
  links: AgentLinks;
  hubs: FollowHubs;
  subscription: Subscription;
  signal: AbortSignal;
  capacity(): number;
  /** The viewer's stream cannot go on (its search ran out of time): it closes with this reason. */
  fail(message: string): void;
}

export async function runFeed(deps: FeedDeps, found: FoundSource, queue: SourceQueue, start: FeedStart): Promise<void> {
  const feed = new Feed(deps, found, queue);
  try {
    await feed.run(start);
  } catch (error) {
    if (deps.signal.aborted) return;
    if (!(error instanceof LogReadError)) throw error;
    // A pattern that outran its time budget on the agent: the same search fails on every source.
    if (error.code === "BAD_REQUEST") return deps.fail(error.message);
    queue.state(error.code === "NOT_FOUND" ? "ended" : "failed", error.message);
  }
}

class Feed {
  constructor(
    private readonly deps: FeedDeps,
    private readonly found: FoundSource,
    private readonly queue: SourceQueue,
  ) {}

  async run(start: FeedStart): Promise<void> {
    const { request } = this.deps.subscription;
    let cursor = start.kind === "resume" ? start.cursor : null;
    // A following stream resumed after a reconnect goes straight to joining; any other reads first.
    if (start.kind !== "resume" || !request.follow) {
      this.queue.state("history");
      const from = start.kind === "resume" ? { resume: start.cursor } : start.kind === "history" && request.tail !== undefined ? { tail: request.tail } : {};
      cursor = await this.#read({ ...this.#wanted(), ...from }, "history", cursor);
    }
    if (this.deps.signal.aborted) return;
    if (!request.follow || this.#untilPassed()) return this.queue.state("ended");
    if (cursor === null && start.kind !== "resume") cursor = await this.#logEnd();
    if (!this.deps.signal.aborted) await this.#follow(cursor);
  }

  async #follow(from: LogCursor | null): Promise<void> {
    const { hubs, subscription, capacity, fail, signal } = this.deps;
    const view = new HubView(this.queue, subscription.live, capacity, (error) => fail(error instanceof Error ? error.message : String(error)));
    const { hub, position } = hubs.join({ nodeId: this.found.nodeId, containerId: this.found.containerId, sourceId: this.found.source.id }, view, from);
    const done = new AbortController();
    try {
      let seen = from;
      if (!cursorCovers(from, position)) seen = await this.#read({ ...this.#wanted(), ...(from === null ? {} : { resume: from }) }, "history", from);
      this.queue.state("live");
      view.release(seen);
      await Promise.race([view.ended, this.#until(done.signal), whenAborted(signal)]);
      if (this.#untilPassed()) this.queue.state("ended");
    } finally {
      done.abort();
      hub.leave(view);
    }
  }

  /** Reads into the queue, waiting for room before each batch; returns the cursor it ended at. */
  async #read(request: LogRequestInput, phase: SourceState, from: LogCursor | null = null): Promise<LogCursor | null> {
    let cursor = from;
    for await (const batch of readThroughAgent(this.#agent(phase), request)) {
      this.queue.push({ lines: tagLines(batch.lines, this.found.source.id), start: cursor, end: batch.cursor ?? cursor });
      cursor = batch.cursor ?? cursor;
      await this.queue.room();
    }
    return cursor;
  }

  /** The cursor after the log's last line, or null when it has none. */
  async #logEnd(): Promise<LogCursor | null> {
    let cursor: LogCursor | null = null;
    for await (const batch of readThroughAgent(this.#agent("history"), { containerId: this.found.containerId, tail: 1 })) cursor = batch.cursor ?? cursor;
    return cursor;
  }

  #wanted(): LogRequestInput {
    const { since, until, streams, search } = this.deps.subscription.request;
    return { containerId: this.found.containerId, since, until, streams, search };
  }

  #agent(phase: SourceState) {
    return { links: this.deps.links, nodeId: this.found.nodeId, signal: this.deps.signal, away: () => this.queue.state("reconnecting"), back: () => this.queue.state(phase) };
  }

  #untilPassed(): boolean {
    const until = this.deps.subscription.live.until;
    return until !== undefined && Date.parse(until) <= Date.now();
  }

  /** Resolves when the subscription's `until` passes; never without one (or one beyond a timer's reach), nor once `stop` aborts. */
  #until(stop: AbortSignal): Promise<void> {
    const until = this.deps.subscription.live.until;
    const wait = until === undefined ? Infinity : Date.parse(until) - Date.now();
    if (wait > MAX_TIMER_MS) return new Promise(() => undefined);
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, wait));
      stop.addEventListener("abort", () => clearTimeout(timer), { once: true });
    });
  }
}

function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));
}
