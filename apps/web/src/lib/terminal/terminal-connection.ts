/**
 * One terminal's connection to its session, without a view: opens the session (or reattaches to
 * one), hands its output bytes on as they come, sends input bytes and resizes, and after a dropped
 * connection reattaches to the same session, which its agent keeps for a grace period. The
 * terminal page drives it with xterm.js; tests and benchmarks drive it as the browser does.
 */
import { HandOff, type Channel, type ChannelClosed } from "@wheelhouse/channels";
import { ExecOutputControl, type BrowserExecParams, type ErrorCode, type ExecExit, type ExecInputControl, type Reply, type TerminalSize } from "@wheelhouse/protocol";

export type TerminalState =
  | { state: "connecting" }
  | { state: "connected"; sessionId: string }
  | { state: "reconnecting"; sessionId: string; message: string }
  | { state: "exited"; exit: ExecExit }
  | { state: "closed"; code: ErrorCode | "CLOSED"; message: string };

export interface TerminalEvents {
  output(bytes: Uint8Array): void;
  /** A reattach: the session's replayed screen follows, so the view clears first. */
  redraw(): void;
  state(state: TerminalState): void;
}

export type OpenTerminal = (params: BrowserExecParams) => Promise<Reply<Channel>>;

// A brief outage is retried quickly, a longer one every few seconds, until the agent answers.
const RETRY_DELAYS_MS = [200, 500, 1_000, 2_000, 4_000];
const MAX_RETRIES = 20;
const encoder = new TextEncoder();

export class TerminalConnection {
  readonly #open: OpenTerminal;
  readonly #events: TerminalEvents;
  readonly #target: { nodeId: string; containerId: string };
  #size: TerminalSize;
  #sessionId: string | undefined;
  #exit: ExecExit | undefined;
  #channel: Channel | undefined;
  #input: HandOff | undefined;
  #stopped = false;

  /** Opens a new session with `start`, or reattaches when it names one (`attach`). */
  constructor(open: OpenTerminal, start: BrowserExecParams, events: TerminalEvents) {
    this.#open = open;
    this.#events = events;
    this.#target = { nodeId: start.nodeId, containerId: start.containerId };
    this.#size = { cols: start.cols, rows: start.rows };
    this.#sessionId = "attach" in start ? start.attach : undefined;
    // What is typed while the terminal first connects is kept for it.
    this.#input = new HandOff();
    events.state({ state: "connecting" });
    void this.#connect(start, 0);
  }

  get sessionId(): string | undefined {
    return this.#sessionId;
  }

  /** Text is sent as UTF-8; input while reconnecting is dropped, as the status bar says. */
  write(data: string | Uint8Array): void {
    void this.#input?.push(typeof data === "string" ? encoder.encode(data) : data);
  }

  resize(size: TerminalSize): void {
    if (size.cols === this.#size.cols && size.rows === this.#size.rows) return;
    this.#size = size;
    this.#control({ type: "resize", ...size });
  }

  /** Ends the process's input (what Ctrl-D does where there is no terminal to do it). */
  endInput(): void {
    this.#control({ type: "eof" });
  }

  /** Leaves the session: it ends after its grace period unless this tab comes back to it. */
  close(): void {
    this.#stopped = true;
    this.#channel?.close();
  }

  #control(message: ExecInputControl): void {
    void this.#input?.push([message]);
  }

  async #connect(params: BrowserExecParams, attempt: number): Promise<void> {
    const reply = await this.#open(params);
    if (this.#stopped) {
      if (reply.ok) reply.data.close();
      return;
    }
    if (!reply.ok) return this.#refused(reply.code, reply.message, attempt);
    const channel = reply.data;
    const input = this.#input ?? new HandOff();
    this.#channel = channel;
    this.#input = input;
    channel.send(input);
    void this.#read(channel, input);
    void channel.closed.then((how) => this.#closed(channel, how));
  }

  async #read(channel: Channel, input: HandOff): Promise<void> {
    for await (const frame of channel.frames) {
      if (frame instanceof Uint8Array) this.#events.output(frame);
      else this.#controls(frame);
    }
    // The session's side has ended (after its exit) or the channel closed: ending ours completes it.
    input.end();
  }

  #controls(values: unknown[]): void {
    for (const value of values) {
      const control = ExecOutputControl.safeParse(value);
      if (!control.success) continue;
      if (control.data.type === "exit") {
        this.#exit = { code: control.data.code, signal: control.data.signal };
        continue;
      }
      this.#sessionId = control.data.id;
      if (control.data.resumed) this.#events.redraw();
      this.#events.state({ state: "connected", sessionId: control.data.id });
    }
  }

  #closed(channel: Channel, how: ChannelClosed): void {
    if (this.#channel !== channel) return;
    this.#channel = undefined;
    this.#input?.end();
    this.#input = undefined;
    if (this.#exit) return this.#events.state({ state: "exited", exit: this.#exit });
    if (this.#stopped) return this.#events.state({ state: "closed", code: "CLOSED", message: "This terminal was closed." });
    if (how.by === "connection") return this.#retry("The connection to Wheelhouse was lost.", 0);
    if (how.outcome === "error") return this.#refused(how.code, how.message, 0);
    this.#events.state({ state: "closed", code: "CLOSED", message: "The session was closed." });
  }

  #refused(code: ErrorCode, message: string, attempt: number): void {
    const transient = code === "AGENT_UNAVAILABLE" || code === "TIMEOUT";
    if (transient && this.#sessionId !== undefined && attempt < MAX_RETRIES) return this.#retry(message, attempt);
    if (code === "NOT_FOUND" && this.#sessionId !== undefined) {
      return this.#events.state({ state: "closed", code, message: "The session ended while this terminal was away (its grace period ran out, or it was terminated)." });
    }
    this.#events.state({ state: "closed", code, message });
  }

  #retry(message: string, attempt: number): void {
    const sessionId = this.#sessionId;
    if (sessionId === undefined) return this.#events.state({ state: "closed", code: "AGENT_UNAVAILABLE", message });
    this.#events.state({ state: "reconnecting", sessionId, message });
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 0;
    setTimeout(() => {
      if (!this.#stopped) void this.#connect({ ...this.#target, attach: sessionId, ...this.#size }, attempt + 1);
    }, delay);
  }
}
