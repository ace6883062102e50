/**
 * One viewer's logs stream: its sources (each a feed into a bounded queue, see source-feed.ts),
 * the merge of their queues into messages (log-merge.ts) pulled by the browser channel as its
 * credit allows, and, while following, a fresh look at the target every few seconds so that new
 * containers join and a container that runs again resumes from its cursor.
 */
import { setMaxListeners } from "node:events";
import type { Authorizer } from "@wheelhouse/auth";
import type { LogCursor, LogStreamMessage } from "@wheelhouse/protocol";
import type { AgentLinks } from "../agent-links.ts";
import type { FollowHubs } from "./follow-hubs.ts";
import { LogMerge, type MergeSource } from "./log-merge.ts";
import { runFeed, type FeedStart } from "./source-feed.ts";
import { SourceQueue } from "./source-queue.ts";
import type { Subscription } from "./subscription.ts";
import type { FoundSource, LogTargetReader } from "./targets/log-target.ts";
import { Wakeup } from "./wakeup.ts";

export interface LogSessionDeps {
  links: AgentLinks;
  hubs: FollowHubs;
  subscription: Subscription;
  target: LogTargetReader;
  /** The caller's access as of the last check, for the containers a new look finds. */
  access: Authorizer;
  /** The stream cannot go on: close it with this. */
  fail(error: { code: "BAD_REQUEST"; message: string }): void;
  warn(message: string): void;
}

interface SessionSource extends MergeSource {
  found: FoundSource;
  running: boolean;
}

/** What a viewer's sources may hold between them before a follow's lines are dropped; split evenly. */
const VIEWER_BYTES = 8 * 1024 * 1024;
const MIN_SOURCE_BYTES = 256 * 1024;
// Lines from two nodes written at the same time arrive within a few ms of each other (see log-merge.ts).
const WATERMARK_MS = 150;
const RELIST_MS = 3_000;
// What one pull from the browser channel gathers at most (it is split into frames as needed).
const PULL_BYTES = 192 * 1024;

export class LogSession {
  readonly #deps: LogSessionDeps;
  readonly #sources = new Map<string, SessionSource>();
  readonly #merge = new LogMerge(WATERMARK_MS);
  readonly #stop = new AbortController();
  readonly #changed = new Wakeup();
  #access: Authorizer;
  #looking: boolean;

  constructor(deps: LogSessionDeps) {
    this.#deps = deps;
    this.#access = deps.access;
    this.#looking = deps.subscription.request.follow;
    setMaxListeners(0, this.#stop.signal);
  }

  start(initial: readonly FoundSource[]): void {
    const { resume } = this.#deps.subscription;
    for (const found of initial) {
      const cursor = resume?.[found.source.id];
      this.#add(found, true, cursor !== undefined ? { kind: "resume", cursor } : resume !== undefined ? { kind: "whole-log" } : { kind: "history" });
    }
    if (this.#looking) void this.#lookAgain();
  }

  /** Whether the caller may still read the target and every source in the stream. */
  allowed(access: Authorizer): boolean {
    this.#access = access;
    return this.#deps.target.allowed(access) && [...this.#sources.values()].every((source) => access.can("logs.read", source.found.resource));
  }

  close(): void {
    this.#stop.abort();
    this.#changed.fire();
  }

  /** The stream's messages, as the browser channel takes them; ends once nothing more can come. */
  async *messages(): AsyncGenerator<LogStreamMessage[]> {
    try {
      while (!this.#stop.signal.aborted) {
        const sources = [...this.#sources.values()];
        const { messages, wakeAt } = this.#merge.collect(sources, PULL_BYTES, Date.now());
        if (messages.length > 0) {
          yield messages;
          continue;
        }
        if (this.#finished(sources)) return;
        await this.#nextChange(wakeAt);
      }
    } finally {
      this.close();
    }
  }

  readonly #capacity = () => Math.max(MIN_SOURCE_BYTES, VIEWER_BYTES / this.#sources.size);

  #add(found: FoundSource, initial: boolean, start: FeedStart): void {
    const queue = new SourceQueue(this.#capacity, () => this.#changed.fire());
    const source: SessionSource = { id: found.source.id, queue, initial, sent: undefined, found, running: false };
    this.#sources.set(source.id, source);
    this.#merge.announce(found.source);
    this.#run(source, start);
  }

  #run(source: SessionSource, start: FeedStart): void {
    source.running = true;
    const deps = {
      links: this.#deps.links,
      hubs: this.#deps.hubs,
      subscription: this.#deps.subscription,
      signal: this.#stop.signal,
      capacity: this.#capacity,
      fail: (message: string) => this.#deps.fail({ code: "BAD_REQUEST", message }),
    };
    runFeed(deps, source.found, source.queue, start)
      .catch((error: unknown) => {
        this.#deps.warn(`the log feed of ${source.found.containerId} failed: ${error instanceof Error ? error.stack : String(error)}`);
        source.queue.state("failed", "The log could not be read.");
      })
      .finally(() => {
        source.running = false;
        this.#changed.fire();
      });
  }

  /** While following (until `until`): new containers join with their whole log, and one that runs again resumes. */
  async #lookAgain(): Promise<void> {
    const until = this.#deps.subscription.live.until;
    while ((await pause(RELIST_MS, this.#stop.signal)) && (until === undefined || Date.parse(until) > Date.now())) {
      let found: FoundSource[] | null;
      try {
        found = await this.#deps.target.list(this.#access);
      } catch {
        continue; // Its agent or manager is away: look again later.
      }
      if (found === null) break;
      for (const each of found) {
        const known = this.#sources.get(each.source.id);
        if (known === undefined) this.#add(each, false, { kind: "whole-log" });
        else if (!known.running && each.running && !this.#stop.signal.aborted) this.#run(known, resumeFrom(known.queue.latest));
      }
    }
    this.#looking = false;
    this.#changed.fire();
  }

  #finished(sources: readonly SessionSource[]): boolean {
    return !this.#looking && this.#merge.idle && sources.every((source) => !source.running && source.queue.empty);
  }

  async #nextChange(wakeAt: number | undefined): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const woken = wakeAt === undefined ? undefined : new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, wakeAt - Date.now()))));
    await Promise.race([this.#changed.wait(), ...(woken ? [woken] : [])]);
    clearTimeout(timer);
  }
}

const resumeFrom = (cursor: LogCursor | null): FeedStart => (cursor === null ? { kind: "whole-log" } : { kind: "resume", cursor });

/** Resolves true after `ms`, or false at once when aborted. */
function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const aborted = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", aborted);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", aborted, { once: true });
  });
}
