/**
 * Container logs read from the engine: the reader, and what a relay of its lines needs to treat
 * them alike (cursor arithmetic, the search).
 */
export { readLogs, type ReadLogsOptions } from "./read-logs.ts";
export { normalizeTimestamp } from "./timestamps.ts";
export { CursorTracker, comparePositions, cursorCovers } from "./cursor.ts";
export { compileSearch, type LineFilter } from "./search.ts";
export { lineJsonBytes } from "./json-size.ts";
