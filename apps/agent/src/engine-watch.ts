/** Follows the engine's events for the control plane, and reports when the engine goes away and when it is back. */
import type { EngineEventBatch, EngineStatus } from "@wheelhouse/protocol";
import type { Runtime } from "@wheelhouse/runtime";
import { backoffDelay, sleep } from "./backoff.ts";
import { EventBatcher } from "./event-batcher.ts";
import type { Logger } from "./logger.ts";

export interface EngineWatchOptions {
  runtime: Runtime;
  logger: Logger;
  sendEvents(batch: EngineEventBatch): boolean;
  sendStatus(status: EngineStatus): boolean;
  signal: AbortSignal;
}

/** Runs until `signal` aborts. */
export async function watchEngine({ runtime, logger, sendEvents, sendStatus, signal }: EngineWatchOptions): Promise<void> {
  const batcher = new EventBatcher(sendEvents, logger);
  let reachable: boolean | undefined;
  let attempt = 0;
  try {
    while (!signal.aborted) {
      const status = await runtime.status();
      if (status.reachable !== reachable) {
        reachable = status.reachable;
        if (status.reachable) logger.info(`Docker Engine at ${status.endpoint} is reachable`);
        else logger.warn(`Docker Engine unreachable: ${status.error}`);
        sendStatus(status);
      }
      if (status.reachable) {
        try {
          for await (const event of runtime.events(signal)) {
            batcher.push(event);
            attempt = 0;
          }
        } catch (error) {
          logger.warn(`engine event stream failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // A stream that ends (the engine stopping, a proxy timing out) is followed again after a
      // pause that grows while nothing comes through, so a flapping engine is not hammered.
      await sleep(backoffDelay(attempt++), signal);
    }
  } finally {
    batcher.flush();
    batcher.close();
  }
}
