/**
 * A mailbox of one: the newest value waits for its reader, and a newer one replaces it. A periodic
 * producer behind a flow-controlled channel thus skips rounds its reader did not take, instead of
 * queueing them (metrics are worth having fresh, not complete).
 */
export interface LatestOnly<T> {
  put(value: T): void;
  /** Ends the values once the waiting one, if any, is taken. */
  end(): void;
  /** One reader: each value once, as a one-value batch (a channel's JSON batch of one). */
  values(): AsyncGenerator<T[]>;
  /** How many values were replaced before anyone took them. */
  readonly skipped: number;
}

export function latestOnly<T>(): LatestOnly<T> {
  let waiting: { value: T } | undefined;
  let ended = false;
  let skipped = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  return {
    put(value) {
      if (ended) return;
      if (waiting) skipped += 1;
      waiting = { value };
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async *values() {
      for (;;) {
        if (waiting) {
          const { value } = waiting;
          waiting = undefined;
          yield [value];
        } else if (ended) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    get skipped() {
      return skipped;
    },
  };
}
