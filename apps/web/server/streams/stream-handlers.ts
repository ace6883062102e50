/** The handler of each browser stream kind; a kind without one is refused as not served. */
import type { StreamHandlers } from "./browser-streams.ts";
import { metricsStream } from "./metrics-stream.ts";

export const streamHandlers: StreamHandlers = {
  metrics: metricsStream,
};
