/**
 * What an agent reports about the host its engine runs on, beyond what Docker knows: how busy it
 * is and where it can be reached. The Engine API has neither (GET /info gives capacity, not use).
 */
import { z } from "zod";

export const HostUsage = z.object({
  /** Share of all CPUs busy over the interval since the previous sample. */
  cpuPercent: z.number().min(0).max(100),
  /** Total minus what the kernel could hand out without swapping (MemAvailable). */
  memoryUsedBytes: z.number().nonnegative(),
  memoryTotalBytes: z.number().nonnegative(),
  /** The filesystem holding Docker's root directory; null when the agent could not read it. */
  diskUsedBytes: z.number().nonnegative().nullable(),
  diskTotalBytes: z.number().nonnegative().nullable(),
  /** Epoch milliseconds. */
  sampledAt: z.number(),
});
export type HostUsage = z.infer<typeof HostUsage>;

export const HostAddress = z.object({ interface: z.string().max(64), address: z.string().max(64) });
export type HostAddress = z.infer<typeof HostAddress>;
// A host with many networks has many interfaces; a bound keeps a heartbeat small.
export const MAX_HOST_ADDRESSES = 64;
export const HostAddresses = z.array(HostAddress).max(MAX_HOST_ADDRESSES);
