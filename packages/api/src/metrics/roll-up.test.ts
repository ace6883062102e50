import { describe, expect, it } from "vitest";
import { retain, rollUpBuckets, rollUpSamples, ROLL_UPS } from "./roll-up.ts";

const MIN = 60_000;
const HOUR = 3_600_000;
const fields = ["cpuPercent", "netRx"] as const;
const at = (ts: number, cpuPercent: number, netRx = 0) => ({ ts, cpuPercent, netRx });

describe("roll-ups", () => {
  it("put a sample at a bucket's edge in the bucket that starts there, with the average and the maximum", () => {
    const samples = [at(0, 10), at(5_000, 30), at(MIN - 1, 20), at(MIN, 90), at(MIN + 5_000, 10)];
    expect(rollUpSamples(samples, fields, MIN, 2 * MIN)).toEqual([
      { start: 0, count: 3, avg: { cpuPercent: 20, netRx: 0 }, max: { cpuPercent: 30, netRx: 0 } },
      { start: MIN, count: 2, avg: { cpuPercent: 50, netRx: 0 }, max: { cpuPercent: 90, netRx: 0 } },
    ]);
  });

  it("leave out a bucket that has not ended yet, so none is stored half full", () => {
    const samples = [at(0, 10), at(MIN, 20), at(MIN + 30_000, 40)];
    expect(rollUpSamples(samples, fields, MIN, MIN + 59_999).map((b) => b.start)).toEqual([0]);
  });

  it("weigh minute averages by their sample counts when rolling up to hours, and keep the maximum of maxima", () => {
    const minutes = [
      { start: 0, count: 12, avg: { cpuPercent: 10, netRx: 100 }, max: { cpuPercent: 15, netRx: 200 } },
      { start: 59 * MIN, count: 4, avg: { cpuPercent: 50, netRx: 0 }, max: { cpuPercent: 80, netRx: 0 } },
      { start: HOUR, count: 12, avg: { cpuPercent: 1, netRx: 1 }, max: { cpuPercent: 1, netRx: 1 } },
    ];
    expect(rollUpBuckets(minutes, fields, HOUR, HOUR)).toEqual([
      { start: 0, count: 16, avg: { cpuPercent: (12 * 10 + 4 * 50) / 16, netRx: (12 * 100) / 16 }, max: { cpuPercent: 80, netRx: 200 } },
    ]);
  });

  it("keep minute buckets for a day and hour buckets for 30 days", () => {
    const now = 40 * 24 * HOUR;
    const minutes = [{ start: now - ROLL_UPS.minute.keepMs - MIN }, { start: now - ROLL_UPS.minute.keepMs }, { start: now - MIN }].map((b) => ({ ...b, count: 1, avg: {}, max: {} }));
    expect(retain(minutes, now, ROLL_UPS.minute.keepMs).map((b) => b.start)).toEqual([now - ROLL_UPS.minute.keepMs, now - MIN]);
    const hours = [{ start: now - 31 * 24 * HOUR }, { start: now - 29 * 24 * HOUR }].map((b) => ({ ...b, count: 1, avg: {}, max: {} }));
    expect(retain(hours, now, ROLL_UPS.hour.keepMs).map((b) => b.start)).toEqual([now - 29 * 24 * HOUR]);
  });

  it("of nothing are nothing", () => {
    expect(rollUpSamples([], fields, MIN, HOUR)).toEqual([]);
  });
});
