/**
 * ExecSessions: the exec sessions an agent keeps, who owns each, and who is watching. A session
 * outlives its viewer for a grace period, so a reload or a brief disconnect reattaches to the same
 * shell (its screen redrawn from a bounded replay buffer); after the grace it is terminated. Output
 * is read on only as fast as the attached viewer takes it, and while nobody watches it goes to
 * the replay buffer alone.
 */
import type { ExecExit, ExecSessionInfo, TerminalSize } from "@wheelhouse/protocol";
import { RuntimeError } from "../errors.ts";
import type { ExecSession } from "./open-exec.ts";
import { ReplayBuffer } from "./replay-buffer.ts";
import type { ExecChunk } from "./stdcopy.ts";

export interface ExecViewer {
  /** The registry reads no further output until the returned promise settles. */
  output(chunk: ExecChunk): Promise<void> | void;
  /** The viewer will get no more output: the process exited, or a newer attach took its place. */
  closed(event: { reason: "exited"; exit: ExecExit } | { reason: "replaced" }): void;
}

/** What one viewer may do with the session it attached to, until it detaches or is replaced. */
export interface ExecAttachment {
  /** The session's last output, to redraw the screen before live output follows. */
  readonly replay: Buffer;
  write(data: Buffer): Promise<void>;
  endInput(): void;
  resize(size: TerminalSize): Promise<void>;
  /** Starts the grace period; the session ends unless someone reattaches within it. */
  detach(): void;
}

export interface ExecSessionsOptions {
  graceMs?: number;
  replayBytes?: number;
  /** Every session's end, whoever ended it: the place to audit the close. */
  onEnded?(info: ExecSessionInfo, exit: ExecExit): void;
  /** A grace period ran out but the session's processes could not be ended. */
  onTerminateFailed(info: ExecSessionInfo, error: unknown): void;
}

export interface SessionOwnership {
  /** The id of the user opening it; only this user may attach to it. */
  owner: string;
  command: string[];
  user?: string;
}

interface Entry {
  session: ExecSession;
  info: ExecSessionInfo;
  replay: ReplayBuffer;
  viewer?: ExecViewer;
  /** Settles when the current viewer leaves, so output blocked on a viewer that vanished moves on. */
  viewerGone?: () => void;
  viewerLeft?: Promise<void>;
  graceTimer?: NodeJS.Timeout;
}

export class ExecSessions {
  readonly #entries = new Map<string, Entry>();
  readonly #graceMs: number;
  readonly #replayBytes: number;

  constructor(private readonly options: ExecSessionsOptions) {
    this.#graceMs = options.graceMs ?? 30_000;
    this.#replayBytes = options.replayBytes ?? 64 * 1024;
  }

  /** Registers a session just opened, with the viewer who opened it attached. */
  add(session: ExecSession, ownership: SessionOwnership, viewer: ExecViewer): ExecAttachment {
    const info: ExecSessionInfo = {
      id: session.id,
      containerId: session.containerId,
      owner: ownership.owner,
      command: ownership.command,
      user: ownership.user,
      tty: session.tty,
      startedAt: Date.now(),
      attached: false,
    };
    const entry: Entry = { session, info, replay: new ReplayBuffer(this.#replayBytes) };
    this.#entries.set(session.id, entry);
    void this.#pump(entry);
    return this.#attach(entry, viewer);
  }

  /** Reattaches the session's owner; anyone else is refused, whatever their role. */
  attach(id: string, owner: string, viewer: ExecViewer): ExecAttachment {
    const entry = this.#entries.get(id);
    if (!entry) throw new RuntimeError("NOT_FOUND", "No such terminal session: it has ended or its grace period ran out");
    if (entry.info.owner !== owner) throw new RuntimeError("FORBIDDEN", "This terminal session belongs to another user");
    return this.#attach(entry, viewer);
  }

  list(): ExecSessionInfo[] {
    return [...this.#entries.values()].map((entry) => ({ ...entry.info }));
  }

  get(id: string): ExecSessionInfo | undefined {
    const entry = this.#entries.get(id);
    return entry && { ...entry.info };
  }

  /** Ends the session's processes; its end is reported through onEnded like any other. */
  async terminate(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry) throw new RuntimeError("NOT_FOUND", "No such terminal session");
    clearTimeout(entry.graceTimer);
    await entry.session.terminate();
  }

  /** For shutdown: every session ended, whether or not some fail. */
  async terminateAll(): Promise<void> {
    const results = await Promise.allSettled([...this.#entries.keys()].map((id) => this.terminate(id)));
    const failed = results.filter((result) => result.status === "rejected");
    if (failed.length > 0) throw new AggregateError(failed.map((result) => result.reason), `${failed.length} terminal sessions could not be ended`);
  }

  #attach(entry: Entry, viewer: ExecViewer): ExecAttachment {
    const previous = entry.viewer;
    this.#leave(entry);
    previous?.closed({ reason: "replaced" });
    clearTimeout(entry.graceTimer);
    entry.viewer = viewer;
    entry.viewerLeft = new Promise((resolve) => (entry.viewerGone = resolve));
    entry.info.attached = true;
    delete entry.info.detachedAt;

    const current = () => entry.viewer === viewer;
    const refuseUnlessCurrent = () => {
      if (!current()) throw new RuntimeError("CONFLICT", "This terminal was reattached elsewhere");
    };
    const { session } = entry;
    return {
      replay: entry.replay.contents(),
      write: async (data) => {
        refuseUnlessCurrent();
        await session.write(data);
      },
      endInput: () => {
        if (current()) session.endInput();
      },
      resize: async (size) => {
        refuseUnlessCurrent();
        await session.resize(size);
      },
      detach: () => {
        if (current()) this.#detach(entry);
      },
    };
  }

  #detach(entry: Entry): void {
    this.#leave(entry);
    entry.info.attached = false;
    entry.info.detachedAt = Date.now();
    entry.graceTimer = setTimeout(() => {
      entry.session.terminate().catch((error: unknown) => this.options.onTerminateFailed({ ...entry.info }, error));
    }, this.#graceMs);
  }

  #leave(entry: Entry): void {
    entry.viewerGone?.();
    delete entry.viewer;
    delete entry.viewerGone;
    delete entry.viewerLeft;
  }

  async #pump(entry: Entry): Promise<void> {
    try {
      for await (const chunk of entry.session.output as AsyncIterable<ExecChunk>) {
        entry.replay.push(chunk.data);
        const viewer = entry.viewer;
        if (!viewer) continue;
        // A viewer that cannot take output has gone, as if it had detached.
        await Promise.race([viewer.output(chunk), entry.viewerLeft]).catch(() => {
          if (entry.viewer === viewer) this.#detach(entry);
        });
      }
    } catch {
      // A connection torn down (by terminate, or by the engine) ends the output; exit says how.
    }
    const exit = await entry.session.exit;
    clearTimeout(entry.graceTimer);
    this.#entries.delete(entry.session.id);
    const viewer = entry.viewer;
    this.#leave(entry);
    viewer?.closed({ reason: "exited", exit });
    this.options.onEnded?.({ ...entry.info }, exit);
  }
}
