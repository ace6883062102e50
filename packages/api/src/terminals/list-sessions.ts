/**
 * Every terminal session on the connected nodes, for administrators: each agent lists its own, and
 * the list names who opened it and in which container. A node whose agent does not answer is named
 * apart rather than failing the whole list.
 */
import type { ExecSessionInfo } from "@wheelhouse/protocol";
import type { Context } from "../context.ts";

export interface TerminalSessionView extends ExecSessionInfo {
  nodeId: string;
  nodeName: string;
  /** The owner's username; null once the user has been deleted. */
  ownerName: string | null;
  /** Null when the container is gone, or was named by an id its list does not show. */
  containerName: string | null;
}

export interface TerminalSessionList {
  sessions: TerminalSessionView[];
  unanswered: { nodeId: string; nodeName: string; message: string }[];
}

export async function listTerminalSessions(ctx: Pick<Context, "db" | "agents">): Promise<TerminalSessionList> {
  const connected = [...(await ctx.agents.connectedNodeIds())];
  const nodes = await ctx.db.node.findMany({ where: { id: { in: connected } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const answers = await Promise.all(
    nodes.map(async (node) => {
      try {
        return { node, sessions: await sessionsOn(ctx, node.id) };
      } catch (error) {
        return { node, failure: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const sessions = answers.flatMap((answer) => answer.sessions?.map((session) => ({ ...session, nodeId: answer.node.id, nodeName: answer.node.name })) ?? []);
  const owners = await ctx.db.user.findMany({ where: { id: { in: [...new Set(sessions.map((s) => s.owner))] } }, select: { id: true, username: true } });
  const ownerName = new Map(owners.map((owner) => [owner.id, owner.username]));
  return {
    sessions: sessions.map((session) => ({ ...session, ownerName: ownerName.get(session.owner) ?? null })).sort((a, b) => a.startedAt - b.startedAt),
    unanswered: answers.flatMap((answer) => (answer.failure === undefined ? [] : [{ nodeId: answer.node.id, nodeName: answer.node.name, message: answer.failure }])),
  };
}

async function sessionsOn(ctx: Pick<Context, "agents">, nodeId: string): Promise<(ExecSessionInfo & { containerName: string | null })[]> {
  const sessions = await ctx.agents.call(nodeId, "exec.sessions", {});
  if (sessions.length === 0) return [];
  const containers = await ctx.agents.call(nodeId, "container.list", {});
  const nameOf = (ref: string) => containers.find((c) => c.id === ref || c.id.startsWith(ref) || c.name === ref)?.name ?? null;
  return sessions.map((session) => ({ ...session, containerName: nameOf(session.containerId) }));
}
