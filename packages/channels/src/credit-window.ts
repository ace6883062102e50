/**
 * Credit accounting for one direction of a channel, with no I/O: the sender spends credit the
 * receiver granted, the receiver grants more only as its consumer drains. Together they bound
 * what is in flight plus what waits at the receiver by the window (plus one JSON batch). A frame
 * costs its length in bytes, a JSON batch its length encoded, which both ends see alike.
 */

export class SendCredit {
  #available: number;

  constructor(initial = 0) {
    this.#available = initial;
  }

  get available(): number {
    return this.#available;
  }

  grant(bytes: number): void {
    this.#available += bytes;
  }

  /** Bytes may be split, so at most what credit allows goes now; returns how many. */
  takeBytes(wanted: number): number {
    const taken = Math.max(0, Math.min(wanted, this.#available));
    this.#available -= taken;
    return taken;
  }

  /** A JSON batch cannot be split: it goes whole while any credit is left, overdrawing by at most itself. */
  takeBatch(cost: number): boolean {
    if (this.#available <= 0) return false;
    this.#available -= cost;
    return true;
  }
}

export interface WindowSize {
  /** Most bytes in flight plus waiting to be consumed (one JSON batch aside). */
  window: number;
  /** Credit is topped back up to the window once in flight plus waiting falls to this. */
  lowWatermark: number;
}

export const DEFAULT_WINDOW: WindowSize = { window: 256 * 1024, lowWatermark: 128 * 1024 };

export function checkWindowSize({ window, lowWatermark }: WindowSize): string | undefined {
  if (!Number.isInteger(window) || window <= 0) return `window must be a positive integer, not ${window}`;
  if (!Number.isInteger(lowWatermark) || lowWatermark < 0 || lowWatermark >= window) {
    return `lowWatermark must be an integer from 0 to below the window (${window}), not ${lowWatermark}`;
  }
  return undefined;
}

export class ReceiveWindow {
  readonly size: WindowSize;
  /** Credit granted that the sender has not used yet (negative after a batch overdraft). */
  #outstanding: number;
  #buffered = 0;

  constructor(size: WindowSize = DEFAULT_WINDOW) {
    const problem = checkWindowSize(size);
    if (problem) throw new RangeError(problem);
    this.size = size;
    this.#outstanding = size.window;
  }

  /** The credit to announce when the channel opens. */
  get initialCredit(): number {
    return this.size.window;
  }

  get bufferedBytes(): number {
    return this.#buffered;
  }

  /** False when the sender overstepped its credit: a peer that ignores credit is cut off. */
  receive(cost: number, splittable: boolean): boolean {
    const allowed = splittable ? cost <= this.#outstanding : this.#outstanding > 0;
    if (!allowed) return false;
    this.#outstanding -= cost;
    this.#buffered += cost;
    return true;
  }

  /** The consumer took a frame; returns the credit to grant now (0: not yet, to batch grants). */
  consume(cost: number): number {
    this.#buffered -= cost;
    const unused = this.#outstanding + this.#buffered;
    if (unused > this.size.lowWatermark) return 0;
    const grant = this.size.window - unused;
    this.#outstanding += grant;
    return grant;
  }
}
