/** Gathers engine events into batches for the control plane, within a fixed bound when they cannot be sent. */
import type { EngineEvent, EngineEventBatch } from "@wheelhouse/protocol";
import type { Logger } from "./logger.ts";

export const BATCH_DELAY_MS = 100;
export const BATCH_SIZE = 200;
export const MAX_WAITING = 1000;

/** Sends a batch if it can, and says whether it did (it cannot while the control plane is away). */
export type BatchSink = (batch: EngineEventBatch) => boolean;

export class EventBatcher {
  private waiting: EngineEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private dropped = 0;

  constructor(
    private readonly send: BatchSink,
    private readonly logger: Logger,
  ) {}

  push(event: EngineEvent): void {
    if (this.waiting.length >= MAX_WAITING) {
      this.waiting.shift();
      if (this.dropped++ === 0) this.logger.warn(`${MAX_WAITING} engine events are waiting to be sent; dropping the oldest`);
    }
    this.waiting.push(event);
    if (this.waiting.length >= BATCH_SIZE) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), BATCH_DELAY_MS);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.waiting.length > 0) {
      const events = this.waiting.slice(0, BATCH_SIZE);
      // Not sent: keep them and try again shortly, the bound above keeps the wait finite.
      if (!this.send({ events })) {
        this.timer = setTimeout(() => this.flush(), BATCH_DELAY_MS);
        return;
      }
      this.waiting.splice(0, events.length);
    }
    if (this.dropped > 0) this.logger.warn(`dropped ${this.dropped} engine events that could not be sent in time`);
    this.dropped = 0;
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = [];
  }
}
