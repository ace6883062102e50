/**
 * Channels between two ends in one process, without a socket: the control plane and the agent it
 * runs for its own host. Over a loopback websocket every frame of that agent's streams paid for
 * socket.io's packets, websocket framing and masking, and both ends' reads and writes, about half
 * of what relaying a log line cost. Here each message is handed to the other end as the object it
 * is, in order, on a later microtask, as a socket would deliver it after the emitter's turn, and
 * JSON batches are handed over as values, without being encoded and parsed (see frame.ts).
 *
 * The link follows a socket that does exist: the agent's socket.io connection, which still carries
 * its hello, heartbeats and commands. The agent claims the link for that socket's id when it
 * connects; the control plane uses the link instead of the socket only for the socket that claimed
 * it, connects it once it accepts the agent, and both ends see a disconnect when that socket drops.
 * Messages in flight when the link drops are lost, as on a socket.
 */
import type { ChannelSocket } from "./multiplexer.ts";

/** The event that carries a JSON batch's values in process, where a socket carries its bytes on ChannelEvent.data. */
export const HAND_OVER_EVENT = "channel:values";

export interface HandedOver {
  channelId: string;
  seq: number;
  values: unknown[];
  /** What the values would cost as JSON (json-size.ts). */
  size: number;
}

/** The one check of a handed-over message: it comes from this process, but from the other end's code. */
export function isHandedOver(message: unknown): message is HandedOver {
  const { channelId, seq, values, size } = (message ?? {}) as Partial<HandedOver>;
  return typeof channelId === "string" && Number.isInteger(seq) && Array.isArray(values) && Number.isInteger(size) && (size as number) >= 0;
}

type Listener = (...args: unknown[]) => void;

/** One end of the link, for `new Channels(end)`. */
export class InProcessEnd implements ChannelSocket {
  readonly #listeners = new Map<string, Set<Listener>>();
  readonly #link: InProcessLink;
  peer!: InProcessEnd;

  constructor(link: InProcessLink) {
    this.#link = link;
  }

  get connected(): boolean {
    return this.#link.connected;
  }

  emit(event: string, ...args: unknown[]): boolean {
    if (!this.#link.connected) return false;
    const last = args.at(-1);
    // An acknowledgement travels back the same way, behind what the peer sent before answering.
    if (typeof last === "function") args[args.length - 1] = (...reply: unknown[]) => this.#link.enqueue(() => last(...reply));
    this.#link.enqueue(() => this.peer.dispatch(event, args));
    return true;
  }

  on(event: string, listener: Listener): this {
    const listeners = this.#listeners.get(event) ?? new Set();
    this.#listeners.set(event, listeners.add(listener));
    return this;
  }

  off(event: string, listener: Listener): this {
    this.#listeners.get(event)?.delete(listener);
    return this;
  }

  /** Calls the listeners now: the link calls it when a delivery's turn comes, and for its own disconnect. */
  dispatch(event: string, args: unknown[]): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) listener(...args);
  }
}

export class InProcessLink {
  readonly agentEnd: InProcessEnd;
  readonly planeEnd: InProcessEnd;
  #connected = false;
  #claimedBy: string | undefined;
  #queue: (() => void)[] = [];
  #flushing = false;
  /** Counts disconnects, so that nothing queued before one is delivered after it. */
  #generation = 0;

  constructor() {
    this.agentEnd = new InProcessEnd(this);
    this.planeEnd = new InProcessEnd(this);
    this.agentEnd.peer = this.planeEnd;
    this.planeEnd.peer = this.agentEnd;
  }

  get connected(): boolean {
    return this.#connected;
  }

  /** The agent's socket, once connected, says it is the one this link stands beside. */
  claim(socketId: string): void {
    this.#claimedBy = socketId;
  }

  /** Whether this link belongs to the socket with this id. */
  isClaimedBy(socketId: string): boolean {
    return this.#claimedBy !== undefined && this.#claimedBy === socketId;
  }

  connect(): void {
    this.#connected = true;
  }

  /** Drops what is in flight and tells both ends, once, as a socket's disconnect does. */
  disconnect(): void {
    this.#claimedBy = undefined;
    if (!this.#connected) return;
    this.#connected = false;
    this.#generation += 1;
    this.#queue = [];
    this.agentEnd.dispatch("disconnect", ["link closed"]);
    this.planeEnd.dispatch("disconnect", ["link closed"]);
  }

  /** Queues a delivery to run after the current turn; dropped when the link is down, or goes down first. */
  enqueue(delivery: () => void): void {
    if (!this.#connected) return;
    this.#queue.push(delivery);
    if (this.#flushing) return;
    this.#flushing = true;
    queueMicrotask(() => this.#flush());
  }

  #flush(): void {
    const queue = this.#queue;
    const generation = this.#generation;
    this.#flushing = false;
    // Deliveries queued while these run (answers, credit) wait for the next microtask.
    this.#queue = [];
    for (const delivery of queue) {
      if (this.#generation !== generation) return;
      delivery();
    }
  }
}
