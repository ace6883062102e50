/** Container logs read from the engine: the reader, and the cursor arithmetic a channel may need. */
export { readLogs, type ReadLogsOptions } from "./read-logs.ts";
export { normalizeTimestamp } from "./timestamps.ts";
