/**
 * One read of a container's log through its agent (history, a catch-up, a probe of where the log
 * ends), as LogBatch values paced by the caller: the channel's credit is granted only as the
 * caller takes batches. When the agent drops, the read waits for it and resumes from the cursor
 * of the last batch, so its caller sees no gap and no repeat, only `away` and `back` calls.
 */
import { AgentStream, type ErrorCode, type LogBatch, type LogCursor, type LogRequestInput } from "@wheelhouse/protocol";
import type { AgentLinks } from "../agent-links.ts";
import { isAgentAway, whenAgentBack } from "./agent-back.ts";
import { checkBatch } from "./check-batch.ts";

export interface AgentReadDeps {
  links: AgentLinks;
  nodeId: string;
  signal: AbortSignal;
  /** The agent dropped: the read waits for it. */
  away(): void;
  back(): void;
}

/** A read refused or failed by the agent or the engine, in their words. */
export class LogReadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "LogReadError";
  }
}

export async function* readThroughAgent(deps: AgentReadDeps, request: LogRequestInput): AsyncGenerator<LogBatch> {
  let cursor: LogCursor | null = request.resume ?? null;
  for (;;) {
    if (deps.signal.aborted) return;
    const params = cursor === null ? request : { ...request, resume: cursor };
    const reply = await deps.links.open(deps.nodeId, AgentStream.logs, params);
    if (!reply.ok) {
      if (!isAgentAway(reply.code)) throw new LogReadError(reply.code, reply.message);
      if (!(await waitForAgent(deps))) return;
      continue;
    }
    const channel = reply.data;
    const abort = () => channel.close();
    deps.signal.addEventListener("abort", abort);
    try {
      for await (const frame of channel.frames) {
        if (!Array.isArray(frame)) throw new LogReadError("INTERNAL", "The agent sent bytes on a log channel");
        for (const value of frame) {
          const batch = checkBatch(value);
          cursor = batch.cursor ?? cursor;
          yield batch;
        }
      }
    } finally {
      deps.signal.removeEventListener("abort", abort);
      // Whoever stops early (a return, a throw) stops the agent's read too.
      channel.close();
    }
    const how = await channel.closed;
    if (how.outcome === "end" || deps.signal.aborted) return;
    if (how.outcome === "error") throw new LogReadError(how.code, how.message);
    if (how.by !== "connection") return;
    if (!(await waitForAgent(deps))) return;
  }
}

async function waitForAgent(deps: AgentReadDeps): Promise<boolean> {
  deps.away();
  const back = await whenAgentBack(deps.links, deps.nodeId, deps.signal);
  if (back) deps.back();
  return back;
}
