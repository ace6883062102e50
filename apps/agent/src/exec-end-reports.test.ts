import type { ExecEnded } from "@wheelhouse/protocol";
import { describe, expect, it } from "vitest";
import { ExecEndReports } from "./exec-end-reports.ts";

const report = (n: number): ExecEnded => ({
  session: { id: String(n).padStart(64, "0"), containerId: "c", owner: "u", command: ["sh"], tty: true, startedAt: 0, attached: false },
  exit: { code: n },
});

/** A control plane that acknowledges only while it is "up", recording what it was told. */
function controlPlane() {
  const told: number[] = [];
  const plane = { up: false, told, send: async (ended: ExecEnded) => plane.up && told.push(ended.exit.code) > 0 };
  return plane;
}

describe("ExecEndReports", () => {
  it("keeps the ends it could not tell and tells them, in order, once the control plane is back", async () => {
    const plane = controlPlane();
    const warnings: string[] = [];
    const reports = new ExecEndReports(plane.send, { info: () => undefined, warn: (line) => void warnings.push(line), error: () => undefined });
    reports.add(report(1));
    reports.add(report(2));
    await reports.flush();
    expect(plane.told).toEqual([]);

    plane.up = true;
    await reports.flush();
    expect(plane.told).toEqual([1, 2]);
    reports.add(report(3));
    await reports.flush();
    expect(plane.told).toEqual([1, 2, 3]);
    expect(warnings).toEqual([]);
  });

  it("keeps at most a thousand, dropping the oldest with a warning", async () => {
    const plane = controlPlane();
    const warnings: string[] = [];
    const reports = new ExecEndReports(plane.send, { info: () => undefined, warn: (line) => void warnings.push(line), error: () => undefined });
    for (let n = 0; n < 1_005; n++) reports.add(report(n));
    plane.up = true;
    await reports.flush();
    expect(plane.told).toHaveLength(1_000);
    expect(plane.told[0]).toBe(5);
    expect(warnings).toHaveLength(5);
  });
});
