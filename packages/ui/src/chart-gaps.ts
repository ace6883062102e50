/**
 * Where a series has no data (the agent was away, the control plane restarted), its line must
 * break rather than draw a straight line across the hole. A hole is a step more than three times
 * the steps around it, so minute buckets followed by 5-second samples (a range that spans both)
 * stay joined while a twenty-minute outage does not.
 */
const HOLE = 3;

/** The timestamps and each series' values with a null inserted in every hole. */
export function withGaps(timestamps: readonly number[], columns: readonly (readonly (number | null)[])[]): { timestamps: number[]; columns: (number | null)[][] } {
  const ts: number[] = [];
  const out: (number | null)[][] = columns.map(() => []);
  for (let i = 0; i < timestamps.length; i++) {
    const at = timestamps[i] as number;
    if (i > 0 && isHole(timestamps, i)) {
      ts.push(((timestamps[i - 1] as number) + at) / 2);
      for (const column of out) column.push(null);
    }
    ts.push(at);
    columns.forEach((column, c) => out[c]?.push(column[i] ?? null));
  }
  return { timestamps: ts, columns: out };
}

function isHole(ts: readonly number[], i: number): boolean {
  const step = (ts[i] as number) - (ts[i - 1] as number);
  const around = [i >= 2 ? (ts[i - 1] as number) - (ts[i - 2] as number) : undefined, i + 1 < ts.length ? (ts[i + 1] as number) - (ts[i] as number) : undefined].filter((s) => s !== undefined);
  return around.length > 0 && step > HOLE * Math.max(...around);
}
