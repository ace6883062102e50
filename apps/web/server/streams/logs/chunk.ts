/**
 * A run of one source's lines as they travel from an agent read or a shared follow to a viewer:
 * in the log's order, with the source's cursor before and after them, so that any prefix of them
 * can be resumed after (see log-merge.ts) and a joiner can tell which of them it has seen.
 */
import type { LogCursor, LogLine, StreamLogLine } from "@wheelhouse/protocol";

export interface Chunk {
  lines: StreamLogLine[];
  /** Where the source stood before the first line; null: at the start of its log. */
  start: LogCursor | null;
  /** Where it stands after the last one, counting lines a filter left out; null: nothing examined yet. */
  end: LogCursor | null;
}

/** The source id of a container (LogSource.id): Docker's short form of its id. */
export const sourceIdOf = (containerId: string): string => containerId.slice(0, 12);

/** Names the source on each line, in place: lines arrive parsed from JSON, and copying each would double the relay's work. */
export function tagLines(lines: LogLine[], sourceId: string): StreamLogLine[] {
  const tagged = lines as StreamLogLine[];
  for (const line of tagged) line.source = sourceId;
  return tagged;
}
