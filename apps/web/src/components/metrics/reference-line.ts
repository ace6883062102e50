/**
 * A limit or a capacity far above what is used (a container without a memory limit reports the
 * host's memory) would flatten the chart into its floor: such a line is left out, and the chart's
 * caption names the figure instead.
 */
const REACH = 4;

export function withinReach(used: readonly number[], reference: readonly number[]): boolean {
  const peak = used.reduce((max, v) => Math.max(max, v), 0);
  return (reference.at(-1) ?? 0) <= REACH * peak;
}
