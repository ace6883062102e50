/** The handler of each browser stream kind; a kind without one is refused as not served. */
import type { StreamHandlers } from "./browser-streams.ts";
import { execStream } from "./exec/exec-stream.ts";

export const streamHandlers: StreamHandlers = {
  exec: execStream,
};
