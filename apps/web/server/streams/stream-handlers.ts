/** The handler of each browser stream kind; a kind without one is refused as not served. */
import { BrowserStream } from "@wheelhouse/protocol";
import type { StreamHandlers } from "./browser-streams.ts";
import { serveLogStream } from "./logs/logs-stream.ts";

export const streamHandlers: StreamHandlers = {
  [BrowserStream.logs]: serveLogStream,
};
