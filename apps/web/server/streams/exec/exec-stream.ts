/**
 * The control plane's end of a browser's terminal (BrowserStream.exec): checks that the caller may
 * exec in the container, opens the session (or the owner's reattach) on the container's agent as
 * the caller, and relays the two channels as they are, bytes and control messages alike, each
 * direction paced by its own credit. The session's owner is the caller: the agent refuses anyone
 * else's reattach, administrators included. The stream stays open only while the caller keeps
 * container.exec on the container.
 */
import { errorReplyOf, requireOnContainer } from "@wheelhouse/api";
import { AgentStream, BrowserExecParams, fail, type AgentExecParams, type ErrorReply } from "@wheelhouse/protocol";
import type { StreamContext, StreamHandler } from "../browser-streams.ts";
import { recordExecOpen } from "./exec-audit.ts";
import { relayTerminal } from "./relay-terminal.ts";

export const execStream: StreamHandler = async (browser, params, ctx) => {
  const parsed = BrowserExecParams.safeParse(params);
  if (!parsed.success) return fail("BAD_REQUEST", `Invalid terminal request: ${parsed.error.issues.map((issue) => `${issue.path.join(".") || "params"}: ${issue.message}`).join("; ")}`);
  const request = parsed.data;
  const refusal = await mayExec(ctx, request.nodeId, request.containerId);
  if (refusal) return refusal;
  const opened = await ctx.links.open(request.nodeId, AgentStream.exec, asOwner(request, ctx.user.id));
  if (!opened.ok) return opened;

  ctx.guard(async (access) => (await mayExec({ ...ctx, access }, request.nodeId, request.containerId)) === undefined);
  relayTerminal(browser, opened.data, (session) => {
    recordExecOpen(ctx.db, { user: ctx.user, ip: ctx.client.ip }, request, session).catch((error: unknown) => ctx.log.error("could not audit a terminal's open", error));
  });
};

async function mayExec(ctx: Pick<StreamContext, "db" | "agents" | "access">, nodeId: string, containerId: string): Promise<ErrorReply | undefined> {
  try {
    await requireOnContainer(ctx, nodeId, containerId, "container.exec");
    return undefined;
  } catch (error) {
    const reply = errorReplyOf(error);
    if (reply) return reply;
    throw error;
  }
}

function asOwner(request: BrowserExecParams, owner: string): AgentExecParams {
  const { nodeId: _, ...rest } = request;
  return { ...rest, owner };
}
