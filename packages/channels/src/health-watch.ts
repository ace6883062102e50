/**
 * Per-channel health, beyond the connection's: a channel whose sender has waited for credit, or
 * whose consumer has left frames untaken, for longer than the stall time is reported once per
 * stall. (An upstream that dies closes its channel with an error, which both ends see.)
 */
import type { ChannelHealth } from "./channel.ts";

export interface ChannelProblem {
  channelId: string;
  kind: string;
  problem: "waiting-for-credit" | "consumer-stalled";
  message: string;
}

export function findStalls(channel: ChannelHealth, stallMs: number, now: number): ChannelProblem[] {
  const found: ChannelProblem[] = [];
  const blockedSince = channel.sending?.blockedSince;
  if (blockedSince !== undefined && now - blockedSince >= stallMs) {
    const seconds = Math.round((now - blockedSince) / 1000);
    found.push({ channelId: channel.id, kind: channel.kind, problem: "waiting-for-credit", message: `the receiver has granted no credit for ${seconds} s` });
  }
  const { bufferedBytes, lastTakenAt, lastReceivedAt } = channel.receiving;
  const waitingSince = Math.max(lastTakenAt ?? 0, lastReceivedAt ?? 0);
  if (bufferedBytes > 0 && now - waitingSince >= stallMs) {
    const seconds = Math.round((now - waitingSince) / 1000);
    found.push({ channelId: channel.id, kind: channel.kind, problem: "consumer-stalled", message: `${bufferedBytes} bytes have waited for the consumer for ${seconds} s` });
  }
  return found;
}

/** Checks every channel twice per stall time; returns the function that stops watching. */
export function watchHealth(snapshot: () => ChannelHealth[], stallMs: number, report: (problem: ChannelProblem) => void): () => void {
  const reported = new Set<string>();
  const timer = setInterval(() => {
    const now = Date.now();
    const current = new Set<string>();
    for (const channel of snapshot()) {
      for (const problem of findStalls(channel, stallMs, now)) {
        const key = `${problem.channelId}:${problem.problem}`;
        current.add(key);
        if (!reported.has(key)) report(problem);
      }
    }
    reported.clear();
    for (const key of current) reported.add(key);
  }, stallMs / 2);
  // Watching must never keep a process alive on its own.
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
