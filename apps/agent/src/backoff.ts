/** Retry timing: exponential delays with jitter, and a sleep that an abort cuts short. */
import { setTimeout as delay } from "node:timers/promises";

export const MAX_RETRY_MS = 10_000;

/** 500 ms doubling up to 10 s, drawn from the upper half so that many agents do not retry in step. */
export function backoffDelay(attempt: number): number {
  const ceiling = Math.min(MAX_RETRY_MS, 500 * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  await delay(ms, undefined, { signal }).catch(() => undefined);
}
