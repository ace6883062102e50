/**
 * The agent's end of a container-logs channel: the control plane asks for one container's log
 * (LogRequest) and receives LogBatch values, paced by the credit it grants, so a slow reader
 * slows the engine follow instead of growing this process.
 */
import type { Channels } from "@wheelhouse/channels";
import { AgentStream, LogRequest, MAX_FRAME_BYTES, fail, type LogBatch } from "@wheelhouse/protocol";
import { RuntimeError, type Runtime } from "@wheelhouse/runtime";
import { describeIssues } from "../describe-issues.ts";

/**
 * Each batch travels as one JSON value, which must fit one frame (MAX_FRAME_BYTES on the agent's
 * connection): batches are handed on at a fifth of it, and a line is cut at 32 KiB, which stays
 * under the rest even were it all escapes. A followed line goes within 5 ms; when lines come
 * faster than the channel takes them, batches grow by themselves up to those bounds.
 */
export const LOG_CHANNEL_READ = { maxBatchBytes: MAX_FRAME_BYTES / 5, maxLineBytes: 32 * 1024, maxDelayMs: 5 };

export function serveLogs(channels: Channels, runtime: Runtime): void {
  channels.handle(AgentStream.logs, async (channel, params) => {
    const request = LogRequest.safeParse(params);
    if (!request.success) return fail("BAD_REQUEST", `Invalid log request: ${describeIssues(request.error.issues)}`);
    // Refused at the open, in the engine's words, rather than as a stream that fails at once.
    try {
      await runtime.run("container.inspect", { id: request.data.containerId });
    } catch (error) {
      return error instanceof RuntimeError ? fail(error.code, error.message) : fail("INTERNAL", "The container could not be inspected");
    }
    const stop = new AbortController();
    void channel.closed.then(() => stop.abort());
    channel.send(asBatches(runtime.logs(request.data, stop.signal, LOG_CHANNEL_READ)));
  });
}

/** Each LogBatch travels as one JSON value, so a frame holds whole batches. */
async function* asBatches(batches: AsyncIterable<LogBatch>): AsyncGenerator<LogBatch[]> {
  for await (const batch of batches) yield [batch];
}
